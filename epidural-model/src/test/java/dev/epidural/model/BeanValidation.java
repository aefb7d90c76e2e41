package dev.epidural.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/**
 * A Bean Validation validator through the Jakarta API only, and a compact form of its violations
 * that tests can compare exactly. The provider (Hibernate Validator) is on the test run's class path
 * through Surefire's {@code additionalClasspathDependencies}, not a dependency of the model, so the
 * model's dependency tree stays free of it. Messages are left as templates: nothing is
 * interpolated, so no Expression Language is needed, and the tests compare constraint types.
 */
final class BeanValidation {

  private static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
      .configure()
      .messageInterpolator(new MessageInterpolator() {
        @Override
        public String interpolate(String template, Context context) {
          return template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
          return template;
        }
      })
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
