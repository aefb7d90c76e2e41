package dev.epidural.model;

class MedicationClassTest extends CodedEnumContract<MedicationClass> {

  MedicationClassTest() {
    super(MedicationClass.class, MedicationClass::of, "medication class",
        "local-anesthetic",
        "corticosteroid",
        "saline",
        "contrast-agent",
        "autologous-blood",
        "anti-inflammatory",
        "sedative");
  }
}
