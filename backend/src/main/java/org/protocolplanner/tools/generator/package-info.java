/**
 * Makes summit-week problem documents (docs/summit-generator.md): the demo data and the benchmarks.
 */
@NamedInterface("generator")
package org.protocolplanner.tools.generator;

import org.springframework.modulith.NamedInterface;
