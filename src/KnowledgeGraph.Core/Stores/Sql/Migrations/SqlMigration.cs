namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>One versioned schema change; never edit one that has shipped.</summary>
public sealed record SqlMigration(int Version, string Name, string Sql);
