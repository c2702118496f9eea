/**
 * Why a plan scores as it does, and what a move of one engagement would change: used by the plan's
 * score analysis and preview API.
 */
@NamedInterface("analysis")
package org.protocolplanner.planning.analysis;

import org.springframework.modulith.NamedInterface;
