package org.protocolplanner.planning.constraints;

/**
 * The venues' prestige of a group of peers' engagements.
 *
 * @param count                     how many engagements
 * @param squaredDifferencesOfPairs the squared prestige difference summed over every two of them
 * @param lowest                    the lowest prestige among them
 * @param highest                   the highest
 */
record PrestigeSpread(int count, long squaredDifferencesOfPairs, int lowest, int highest) {}
