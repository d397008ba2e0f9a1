package org.phaseout.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by Phaseout's value types: the generated {@code Immutable*} classes stay package-private,
 * users see the abstract type and its nested {@code Builder}, and nulls are rejected unless an accessor is
 * {@code Optional}. Generated classes carry no Immutables annotations, so users never need Immutables on their
 * classpath. Compile-time only; not part of the API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    // no @org.immutables.value.Generated on generated classes: users compile without Immutables on their classpath,
    // and javac would warn about its missing annotation methods (fatal under -Werror)
    allowedClasspathAnnotations = {Override.class},
    get = {"is*", "get*"},
    init = "*",
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface ValueStyle {}
