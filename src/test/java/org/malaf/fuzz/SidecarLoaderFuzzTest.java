package org.malaf.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.malaf.config.YamlNode;
import org.malaf.config.YamlReader;
import org.malaf.diag.BuildFailure;
import org.malaf.diag.Problems;
import org.malaf.ingest.RegistryLoader;
import org.malaf.ingest.SidecarLoader;

/**
 * YAML reading and the sidecar and registry loaders on arbitrary text: a syntax error is a
 * {@link BuildFailure} with a position, a wrong shape is a problem; nothing else may escape.
 */
class SidecarLoaderFuzzTest {

  private final YamlReader yaml = new YamlReader();
  private final SidecarLoader sidecars = new SidecarLoader(yaml);
  private final RegistryLoader registry = new RegistryLoader(yaml);

  @FuzzTest(maxDuration = "5m")
  void loadsAnyYamlOrReportsABuildFailure(byte[] data) {
    Problems problems = new Problems();
    try {
      YamlNode root = yaml.parse(FuzzInputs.SIDECAR, FuzzInputs.text(data));
      sidecars.fromYaml(FuzzInputs.SIDECAR, root, FuzzInputs.ID, problems);
      registry.fromYaml(root, problems);
    } catch (BuildFailure expected) {
      // a YAML syntax error is reported this way by design
    }
  }
}
