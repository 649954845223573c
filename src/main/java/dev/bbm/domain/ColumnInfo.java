package dev.bbm.domain;

/**
 * One column of a table as the catalogue describes it, for a job definition skeleton.
 *
 * @param type PostgreSQL's format_type, such as {@code bigint} or {@code character varying(255)}
 * @param notNull whether the column is NOT NULL
 * @param defaultValue its default expression, or null
 */
public record ColumnInfo(String name, String type, boolean notNull, String defaultValue) {}
