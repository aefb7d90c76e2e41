package dev.epidural.content.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * {@code @Size} on a string, counted in Unicode code points, as JSON Schema counts
 * {@code minLength} and {@code maxLength}; Hibernate Validator's own validator counts UTF-16 code
 * units, so a text of emoji between the two limits would pass the bundle schema and fail the loader,
 * or the other way round. The loader's validator ({@link #validator()}) uses this one for strings;
 * {@code @Size} on collections keeps Hibernate Validator's. {@link ShapeCheck} counts alike.
 */
public final class CodePointSize implements ConstraintValidator<Size, String> {

  private int min;
  private int max;

  /** Used by Hibernate Validator. */
  public CodePointSize() {}

  @Override
  public void initialize(Size size) {
    min = size.min();
    max = size.max();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || within(value, min, max);
  }

  /**
   * Whether {@code s} has between {@code min} and {@code max} code points. A string of n UTF-16
   * units has between n/2 and n code points, so they are counted only when that does not decide.
   */
  static boolean within(CharSequence s, int min, int max) {
    int units = s.length();
    if (units <= max && (units + 1) / 2 >= min) {
      return true;
    }
    if ((units + 1) / 2 > max || units < min) {
      return false;
    }
    int points = Character.codePointCount(s, 0, units);
    return points >= min && points <= max;
  }

  /** The validator the loader uses: Expression Language off, bundle text never a template, sizes in code points. */
  public static jakarta.validation.Validator validator() {
    HibernateValidatorConfiguration config = jakarta.validation.Validation.byProvider(HibernateValidator.class)
        .configure();
    ConstraintMapping mapping = config.createConstraintMapping();
    mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(CodePointSize.class);
    return config.addMapping(mapping)
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }
}
