//! Walking Fluent patterns: which variables, messages, terms and functions a pattern
//! uses, and a canonical text of it for "is this translated?" comparisons.

use std::collections::BTreeSet;

use fluent_syntax::ast::{
    CallArguments, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

/// What a pattern refers to.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Refs {
    pub variables: BTreeSet<String>,
    /// `id` or `id.attr`
    pub messages: BTreeSet<String>,
    /// `-id` or `-id.attr`
    pub terms: BTreeSet<String>,
    pub functions: BTreeSet<String>,
}

pub(crate) fn refs(pattern: &Pattern<&str>) -> Refs {
    let mut refs = Refs::default();
    walk_pattern(pattern, &mut refs);
    refs
}

fn walk_pattern(pattern: &Pattern<&str>, refs: &mut Refs) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, refs);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, refs: &mut Refs) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, refs),
        Expression::Select { selector, variants } => {
            walk_inline(selector, refs);
            for variant in variants {
                walk_pattern(&variant.value, refs);
            }
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, refs: &mut Refs) {
    match inline {
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        InlineExpression::FunctionReference { id, arguments } => {
            refs.functions.insert(id.name.to_string());
            walk_arguments(arguments, refs);
        }
        InlineExpression::MessageReference { id, attribute } => {
            refs.messages
                .insert(with_attribute(id.name, attribute.as_ref().map(|a| a.name)));
        }
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let name = format!("-{}", id.name);
            refs.terms
                .insert(with_attribute(&name, attribute.as_ref().map(|a| a.name)));
            if let Some(arguments) = arguments {
                walk_arguments(arguments, refs);
            }
        }
        InlineExpression::VariableReference { id } => {
            refs.variables.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, refs),
    }
}

fn walk_arguments(arguments: &CallArguments<&str>, refs: &mut Refs) {
    for positional in &arguments.positional {
        walk_inline(positional, refs);
    }
    for named in &arguments.named {
        walk_inline(&named.value, refs);
    }
}

fn with_attribute(id: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(attribute) => format!("{id}.{attribute}"),
        None => id.to_string(),
    }
}

/// A canonical text of a pattern: equal for two patterns exactly when they would show the
/// same text for every input, up to whitespace at the ends. Used to spot a "translation"
/// that is really the Russian or English text copied over.
pub(crate) fn canonical(pattern: &Pattern<&str>) -> String {
    let mut out = String::new();
    write_pattern(pattern, &mut out);
    out.trim().to_string()
}

/// True when the pattern shows nothing: only whitespace text and whitespace string
/// literals (`{ "" }` is how Fluent spells an empty value).
pub(crate) fn is_blank(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        PatternElement::TextElement { value } => value.trim().is_empty(),
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        PatternElement::Placeable { .. } => false,
    })
}

fn write_pattern(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push('{');
                write_expression(expression, out);
                out.push('}');
            }
        }
    }
}

fn write_expression(expression: &Expression<&str>, out: &mut String) {
    match expression {
        Expression::Inline(inline) => write_inline(inline, out),
        Expression::Select { selector, variants } => {
            write_inline(selector, out);
            out.push_str(" ->");
            for variant in variants {
                out.push_str(if variant.default { " *[" } else { " [" });
                match &variant.key {
                    VariantKey::Identifier { name } => out.push_str(name),
                    VariantKey::NumberLiteral { value } => out.push_str(value),
                }
                out.push_str("] ");
                write_pattern(&variant.value, out);
            }
        }
    }
}

fn write_inline(inline: &InlineExpression<&str>, out: &mut String) {
    match inline {
        InlineExpression::StringLiteral { value } => {
            out.push('"');
            out.push_str(value);
            out.push('"');
        }
        InlineExpression::NumberLiteral { value } => out.push_str(value),
        InlineExpression::FunctionReference { id, arguments } => {
            out.push_str(id.name);
            write_arguments(arguments, out);
        }
        InlineExpression::MessageReference { id, attribute } => {
            out.push_str(&with_attribute(id.name, attribute.as_ref().map(|a| a.name)));
        }
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            out.push('-');
            out.push_str(&with_attribute(id.name, attribute.as_ref().map(|a| a.name)));
            if let Some(arguments) = arguments {
                write_arguments(arguments, out);
            }
        }
        InlineExpression::VariableReference { id } => {
            out.push('$');
            out.push_str(id.name);
        }
        InlineExpression::Placeable { expression } => {
            out.push('{');
            write_expression(expression, out);
            out.push('}');
        }
    }
}

fn write_arguments(arguments: &CallArguments<&str>, out: &mut String) {
    out.push('(');
    let mut first = true;
    for positional in &arguments.positional {
        if !first {
            out.push_str(", ");
        }
        first = false;
        write_inline(positional, out);
    }
    for named in &arguments.named {
        if !first {
            out.push_str(", ");
        }
        first = false;
        out.push_str(named.name.name);
        out.push_str(": ");
        write_inline(&named.value, out);
    }
    out.push(')');
}

/// True when the pattern's own text (including select variants, excluding variable and
/// message names) has a letter: "{ $count }" alone reads the same in every language and is
/// no sign of a missing translation.
pub(crate) fn has_letters(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().any(|element| match element {
        PatternElement::TextElement { value } => value.chars().any(char::is_alphabetic),
        PatternElement::Placeable { expression } => expression_has_letters(expression),
    })
}

fn expression_has_letters(expression: &Expression<&str>) -> bool {
    match expression {
        Expression::Inline(InlineExpression::StringLiteral { value }) => {
            value.chars().any(char::is_alphabetic)
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_has_letters(expression)
        }
        Expression::Inline(_) => false,
        Expression::Select { variants, .. } => variants.iter().any(|v| has_letters(&v.value)),
    }
}
