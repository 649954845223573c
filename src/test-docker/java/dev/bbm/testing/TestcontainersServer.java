package dev.bbm.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Starts the run's server in a container, used only when a Docker engine answers. This source root
 * (src/test-docker/java) and the Testcontainers dependency are part of the build only with the
 * Maven profile {@code docker} ({@code mvn -Pdocker verify}); {@link PostgresServer} finds this class
 * by name, so the default build compiles and runs without it (on the embedded server).
 */
final class TestcontainersServer {
  private TestcontainersServer() {}

  static PostgresServer tryStart() {
    try {
      if (!DockerClientFactory.instance().isDockerAvailable()) {
        return null;
      }
      PostgreSQLContainer<?> c = new PostgreSQLContainer<>("postgres:16-alpine");
      c.start();
      return PostgresServer.of(c.getHost(), c.getMappedPort(5432), c.getUsername(), c.getPassword(),
          c.getDatabaseName(), "testcontainers");
    } catch (RuntimeException | Error e) {
      return null;
    }
  }
}
