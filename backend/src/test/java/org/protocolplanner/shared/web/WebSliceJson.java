package org.protocolplanner.shared.web;

import org.protocolplanner.shared.database.DatabaseFaults;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's JSON rules and problem details for a web slice test: strict scalars, and the writer
 * the error handler and the filters answer with, in the words of the API's bundles.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({StrictJsonValues.class, ProblemWriter.class, LocalizedProblems.class, Messages.class, DatabaseFaults.class})
public class WebSliceJson {}
