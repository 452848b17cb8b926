from django import template

register = template.Library()


@register.filter
def dictget(mapping, key):
    """{{ documents|dictget:requirement.pk }}"""
    return mapping.get(key) if mapping else None


@register.filter
def getfield(form, name):
    """{{ form|getfield:name }}: a bound field by a name held in a variable."""
    return form[name]
