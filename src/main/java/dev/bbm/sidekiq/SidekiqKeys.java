package dev.bbm.sidekiq;

import redis.clients.jedis.Jedis;

/**
 * The names of Sidekiq's keys under an optional namespace prefix; exists because GitLab before 16.x
 * ran Sidekiq under the {@code resque:gitlab} namespace (redis-namespace), so that its keys read
 * {@code resque:gitlab:queue:default}, while newer GitLab uses the bare names.
 *
 * @param prefix empty, or the namespace followed by a colon ({@code resque:gitlab:})
 */
record SidekiqKeys(String prefix) {
  /** The namespace GitLab configured for Sidekiq until it dropped namespacing. */
  static final String GITLAB_NAMESPACE = "resque:gitlab";

  static SidekiqKeys forNamespace(String namespace) {
    if (namespace == null || namespace.isEmpty()) {
      return new SidekiqKeys("");
    }
    return new SidekiqKeys(namespace.endsWith(":") ? namespace : namespace + ":");
  }

  /** Bare names when {@code queues} exists; GitLab's namespace when only its {@code queues} exists. */
  static SidekiqKeys detect(Jedis jedis) {
    SidekiqKeys bare = new SidekiqKeys("");
    SidekiqKeys gitlab = forNamespace(GITLAB_NAMESPACE);
    if (!jedis.exists(bare.queues()) && jedis.exists(gitlab.queues())) {
      return gitlab;
    }
    return bare;
  }

  /** The namespace without its trailing colon; empty when there is none. */
  String namespace() {
    return prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
  }

  /** The set of every queue name Sidekiq has pushed to. */
  String queues() {
    return prefix + "queues";
  }

  /** The list of one queue: LPUSH adds, BRPOP takes, so the tail is the next job to run. */
  String queue(String name) {
    return prefix + "queue:" + name;
  }

  /** Jobs to run later (perform_in/perform_at), scored by when. */
  String schedule() {
    return prefix + "schedule";
  }

  /** Failed jobs waiting for their next attempt, scored by when. */
  String retry() {
    return prefix + "retry";
  }

  /** Jobs that ran out of retries, scored by when they died. */
  String dead() {
    return prefix + "dead";
  }
}
