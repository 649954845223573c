package dev.bbm.domain;

/** GitLab's rules for job class names: a leading {@code ::} means nothing, a module path may precede the class. */
public final class JobClassNames {
  private JobClassNames() {}

  /** {@code ::Foo} is {@code Foo}, as GitLab's setters and for_migration_class strip it. */
  public static String withoutLeadingColons(String name) {
    return name != null && name.startsWith("::") ? name.substring(2) : name;
  }

  /** The class without its module path: {@code Gitlab::BackgroundMigration::Foo} is {@code Foo}. */
  public static String withoutModule(String name) {
    if (name == null) {
      return null;
    }
    int sep = name.lastIndexOf("::");
    return sep < 0 ? name : name.substring(sep + 2);
  }
}
