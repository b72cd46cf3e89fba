using System.Text.Json.Nodes;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>
/// The documented run command, <c>dotnet run --project src/KnowledgeGraph.Api</c>, starts in Production (no exception
/// details, no GraphiQL, no loopback CORS): dotnet run takes the first launch profile that runs the project.
/// </summary>
public sealed class ProductionDefaultsTests
{
    [Fact]
    public void The_default_launch_profile_runs_in_production()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "KnowledgeGraph.Api", "Properties", "launchSettings.json")))!;
        var first = settings["profiles"]!.AsObject().First(profile => (string?)profile.Value!["commandName"] == "Project").Value!;
        Assert.Equal("Production", (string?)first["environmentVariables"]!["ASPNETCORE_ENVIRONMENT"]);
    }
}
