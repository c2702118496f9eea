package org.protocolplanner.planning.model;

/** Two delegations that must not meet by chance; one fact per unordered pair. */
public record Separation(DelegationBrief one, DelegationBrief other) {}
