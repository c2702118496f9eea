package org.protocolplanner.shared.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lists every component of the application's request and response records as {@code required} in the API
 * document unless it may be null: annotated {@link Nullable} (JSpecify) or an {@link Optional}. springdoc
 * marks only components with a bean-validation constraint such as {@code @NotNull}, so without this every
 * field of every answer would be optional in the frontend's generated types
 * (docs/decisions/0109-api-fields-required-unless-nullable.md). A component that may be null stays optional
 * and its schema admits null too, since an answer carries it as {@code null}; one whose {@code @Schema} says
 * {@code NOT_REQUIRED} keeps that.
 */
@Component
class NonNullComponentsRequired implements ModelConverter {

    private static final String APPLICATION_PACKAGE = "org.protocolplanner";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema == null || !raw.isRecord() || !raw.getPackageName().startsWith(APPLICATION_PACKAGE)) {
            return schema;
        }
        Schema<?> model = schema.get$ref() == null
                ? schema
                : context.getDefinedModels()
                        .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (model == null || model.getProperties() == null) {
            return schema;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            String name = component.getName();
            Schema<?> property = model.getProperties().get(name);
            if (property == null) {
                continue;
            }
            boolean listed = model.getRequired() != null && model.getRequired().contains(name);
            if (neverNull(component.getAccessor())) {
                if (!listed) {
                    model.addRequiredItem(name);
                }
            } else if (!listed) {
                model.getProperties().put(name, orNull(property));
            }
        }
        return schema;
    }

    /** The property's schema, admitting null too (OpenAPI 3.1: a type array, or one of a reference and null). */
    private static Schema<?> orNull(Schema<?> property) {
        if (property.get$ref() == null) {
            if (property.getTypes() != null && !property.getTypes().isEmpty()) {
                property.addType("null");
            }
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                // An enumeration lists its values: null is one of them too.
                ((List<?>) property.getEnum()).add(null);
            }
            return property;
        }
        Schema<?> either = new JsonSchema().description(property.getDescription());
        either.addOneOfItem(new JsonSchema().$ref(property.get$ref()));
        either.addOneOfItem(new JsonSchema().typesItem("null"));
        return either;
    }

    private static boolean neverNull(Method accessor) {
        io.swagger.v3.oas.annotations.media.Schema described =
                accessor.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return accessor.getReturnType() != Optional.class
                && !accessor.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)
                && (described == null
                        || described.requiredMode()
                                != io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED);
    }
}
