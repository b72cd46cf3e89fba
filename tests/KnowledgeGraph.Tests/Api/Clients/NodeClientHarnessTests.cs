using KnowledgeGraph.Core.Exchange.Json;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Clients;

/// <summary>The JavaScript clients' harness reaches the real host over loopback and reports what it saw.</summary>
public sealed class NodeClientHarnessTests(LoopbackApp host) : IClassFixture<LoopbackApp>
{
    [Fact]
    public async Task A_node_script_queries_the_running_host_and_reports_the_answer()
    {
        var seen = await NodeClients.RunAsync("smoke.mjs", host.BaseUrl);
        Assert.Equal(200, (int)seen["status"]!);
        Assert.Equal(SeedCounts.Of(JsonLayout.LabelFiles["Industry"]), (int)seen["totalCount"]!);
    }
}
