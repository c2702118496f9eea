/**
 * The solver: the plain-Java OptaPlanner model ({@code model}), the constraints, the quality figures
 * ({@code kpi}), score analysis and move previews ({@code analysis}), and the solver configuration. No Spring
 * and no JPA: solving jobs and the mapping from stored plans live in {@code solving}. Owns no table.
 */
@ApplicationModule(allowedDependencies = {"exchange", "shared"})
package org.protocolplanner.planning;

import org.springframework.modulith.ApplicationModule;
