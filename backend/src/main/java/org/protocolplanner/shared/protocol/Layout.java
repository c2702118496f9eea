package org.protocolplanner.shared.protocol;

/** How a space is set up for an engagement; a space's capacity is given per layout. */
public enum Layout {
    THEATRE,
    BANQUET,
    RECEPTION,
    ROUNDTABLE,
    CLASSROOM,
    CEREMONY
}
