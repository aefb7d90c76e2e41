package dev.epidural.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A Hibernate Validator with Expression Language off (no EL implementation is on the class path),
 * and a compact form of its violations that tests can compare exactly.
 */
final class BeanValidation {

  private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory();

  private static final Validator VALIDATOR = FACTORY.getValidator();

  private BeanValidation() {}

  static Validator validator() {
    return VALIDATOR;
  }

  /**
   * The violations of {@code bean}, each as {@code "<property path> @<constraint>"}, for example
   * {@code "summary.text @NotBlank"}, sorted so that failures read the same on every run.
   */
  static List<String> violations(Object bean) {
    return VALIDATOR.validate(bean).stream().map(BeanValidation::describe).sorted().toList();
  }

  private static String describe(ConstraintViolation<?> violation) {
    return violation.getPropertyPath() + " @"
        + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
  }
}
