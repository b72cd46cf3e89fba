using System.Data.Common;
using Dapper;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Stores.Sql;

// The year keys edges keep of their ends (migration 9), written in the transaction of the write that changes them: new
// edges take their ends' keys as they are inserted (SqlGraphStore.Writes), and a changed node of a dated label passes
// its key on to its edges here.
public sealed partial class SqlGraphStore
{
    private async Task KeepYearKeysAsync(DbConnection connection, DbTransaction transaction, WritePlan plan, CancellationToken cancellationToken)
    {
        var nodes = plan.ChangedNodes.Where(n => NeighborOrdering.DatedLabels.Contains(n.Node.Label)).Select(n => n.Node.Id).ToList();
        async Task RunAsync(IReadOnlyList<string> ids, Func<string, string> sql)
        {
            if (ids.Count == 0)
            {
                return;
            }
            var parameters = new DynamicParameters();
            var rows = dialect.Rows(parameters, "rows", ["id"], ids.Select(id => (IReadOnlyList<string?>)[id]).ToList());
            await connection.ExecuteAsync(new CommandDefinition(sql($"SELECT t.id FROM ({rows}) AS t"), parameters, transaction, cancellationToken: cancellationToken));
        }
        string Key(string end) => $"(SELECT {NeighborOrdering.YearKey(dialect, "n")} FROM nodes AS n WHERE n.id = edges.{end}_id)";
        foreach (var end in new[] { "source", "target" })
        {
            await RunAsync(nodes, ids => $"UPDATE edges SET {end}_year = {Key(end)} WHERE {end}_id IN ({ids}) AND COALESCE({end}_year, -1) <> {Key(end)}");
        }
    }
}
