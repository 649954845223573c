package dev.bbm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The URL that commands bbm recommends carry leaves the password out (it would end up in logs). */
class TypedUrlTest {
  @Test
  void passwordsAreLeftOutOfRecommendedCommands() {
    assertEquals("postgresql://gitlab@db:5432/gitlabhq_production",
        ConnectionOptions.withoutPassword("postgresql://gitlab:s3cr%40t@db:5432/gitlabhq_production"));
    assertEquals("postgres://gitlab@db/gitlabhq_production?sslmode=require",
        ConnectionOptions.withoutPassword("postgres://gitlab@db/gitlabhq_production?password=x&sslmode=require"));
    assertEquals("postgres://gitlab@db/gitlabhq_production",
        ConnectionOptions.withoutPassword("postgres://gitlab@db/gitlabhq_production?password=x"));
    assertEquals("postgres://db/gitlabhq_production", ConnectionOptions.withoutPassword("postgres://db/gitlabhq_production"));
  }
}
