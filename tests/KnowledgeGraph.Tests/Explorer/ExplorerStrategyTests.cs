using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace KnowledgeGraph.Tests.Explorer;

/// <summary>What worked, compare and transfer: the API's rankings and verdicts on screen, filters in the URL.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerStrategyTests(ExplorerHost host)
{
    private const string Farmwork = "industry:agriculture_farmwork";

    [Fact]
    public async Task What_worked_in_farmwork_shows_the_APIs_ranking_with_verdicts_and_reasons()
    {
        await using var page = await host.OpenAsync("#/worked?industry=" + Uri.EscapeDataString(Farmwork));
        await page.WaitForLoadedAsync();

        var expected = (await QueryAsync($$"""{ whatWorked(industry: "{{Farmwork}}", first: 100) { verdict explanation strategy { id } } }"""))["whatWorked"]!.AsArray();
        var rows = await RowsAsync(page, "table.ranking");
        Assert.Equal(expected.Select(result => result!["strategy"]!["id"]!.GetValue<string>()), rows.Select(row => row.Id));
        Assert.Equal(expected.Select(result => result!["verdict"]!.GetValue<string>()), rows.Select(row => row.Verdict));
        Assert.Equal(expected.Select(result => result!["explanation"]!.GetValue<string>()), rows.Select(row => row.Reason));
        Assert.Equal("intervention:fair_food_program", rows[0].Id);

        var first = page.Page.Locator("table.ranking tbody tr").First;
        Assert.Equal("Worked", await first.Locator(".verdict").InnerTextAsync());
        Assert.Contains("Fair Food Program", await first.InnerTextAsync(), StringComparison.Ordinal);
        // Adoption is reported in its own column, never as the verdict.
        Assert.Contains("Adoption says nothing about whether it worked", await first.Locator("td").Last.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Adopted, effect not measured", await page.Page.Locator("tr[data-id='intervention:milk_with_dignity_2017'] .verdict").InnerTextAsync());

        // The industry and jurisdiction lists, then one ranking.
        Assert.InRange(page.GraphQLRequests.Count, 2, 3);
        await page.ScreenshotAsync("what-worked");
        await page.AssertCleanAsync();

        await first.GetByRole(AriaRole.Link).ClickAsync();
        await page.Page.WaitForURLAsync("**/explore/#/node/intervention%3Afair_food_program");
    }

    [Fact]
    public async Task Filters_of_what_worked_live_in_the_URL_change_the_list_and_a_deep_link_restores_them()
    {
        await using var page = await host.OpenAsync("#/worked?industry=" + Uri.EscapeDataString(Farmwork));
        await page.WaitForLoadedAsync();
        Assert.Contains(await RowsAsync(page, "table.ranking"), row => row.Id == "intervention:alianza_dear_sisters_letter_2017");

        await page.Page.GetByLabel("Jurisdiction").SelectOptionAsync("jurisdiction:us_fl");
        await page.Page.WaitForURLAsync("**jurisdiction=jurisdiction%3Aus_fl**");
        var florida = await ExpectedIdsAsync($$"""{ whatWorked(industry: "{{Farmwork}}", jurisdiction: "jurisdiction:us_fl", first: 100) { strategy { id } } }""");
        await WaitForRowsAsync(page, florida);
        Assert.DoesNotContain("intervention:alianza_dear_sisters_letter_2017", florida);

        await page.Page.GetByLabel("Include strategies with no evidence").UncheckAsync();
        await page.Page.WaitForURLAsync("**unevidenced=0**");
        var evidenced = await ExpectedIdsAsync($$"""{ whatWorked(industry: "{{Farmwork}}", jurisdiction: "jurisdiction:us_fl", includeUnevidenced: false, first: 100) { strategy { id } } }""");
        await WaitForRowsAsync(page, evidenced);
        Assert.True(evidenced.Count < florida.Count);
        Assert.DoesNotContain(await RowsAsync(page, "table.ranking"), row => row.Verdict == "NO_EVIDENCE");

        await page.Page.GetByLabel("Tactics").CheckAsync();
        await page.Page.WaitForURLAsync("**kinds=TACTIC**");
        var tactics = await ExpectedIdsAsync($$"""{ whatWorked(industry: "{{Farmwork}}", jurisdiction: "jurisdiction:us_fl", includeUnevidenced: false, kinds: [TACTIC], first: 100) { strategy { id } } }""");
        await WaitForRowsAsync(page, tactics);
        Assert.All(tactics, id => Assert.StartsWith("tactic:", id, StringComparison.Ordinal));

        // A filter that leaves nothing says so and offers the strategies with no evidence.
        await page.Page.GetByLabel("Findings at least").SelectOptionAsync("STRONG");
        await page.Page.WaitForSelectorAsync("text=No strategy has evidence for Agriculture and farmwork in Florida with these filters");
        var link = page.Page.Url[page.Page.Url.IndexOf('#', StringComparison.Ordinal)..];
        Assert.Contains("minEvidence=STRONG", link, StringComparison.Ordinal);

        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Include strategies with no evidence" }).ClickAsync();
        await page.Page.WaitForSelectorAsync("table.ranking");
        Assert.All(await RowsAsync(page, "table.ranking"), row => Assert.Equal("NO_EVIDENCE", row.Verdict));
        Assert.DoesNotContain("unevidenced=0", page.Page.Url, StringComparison.Ordinal);
        // One ranking per change after the first load (lists, ranking), nothing more.
        Assert.InRange(page.GraphQLRequests.Count, 5, 8);

        await using var restored = await host.OpenAsync(link);
        await restored.WaitForLoadedAsync();
        Assert.Equal("jurisdiction:us_fl", await restored.Page.GetByLabel("Jurisdiction").InputValueAsync());
        Assert.Equal("STRONG", await restored.Page.GetByLabel("Findings at least").InputValueAsync());
        Assert.False(await restored.Page.GetByLabel("Include strategies with no evidence").IsCheckedAsync());
        Assert.True(await restored.Page.GetByLabel("Tactics").IsCheckedAsync());
        Assert.True(await restored.Page.GetByText("No strategy has evidence for Agriculture and farmwork in Florida with these filters").IsVisibleAsync());
        await restored.AssertCleanAsync();
    }

    [Fact]
    public async Task Compare_shows_shared_strategies_side_by_side_and_each_industrys_own_in_its_column()
    {
        const string film = "industry:entertainment_film_tv";
        await using var page = await host.OpenAsync($"#/compare?a={Uri.EscapeDataString(film)}&b={Uri.EscapeDataString(Farmwork)}");
        await page.WaitForLoadedAsync();
        var comparison = (await QueryAsync($$"""{ compareStrategies(industries: ["{{film}}", "{{Farmwork}}"]) { shared { id } byIndustry { uniqueStrategies { id } } } }"""))["compareStrategies"]!;

        var shared = await RowsAsync(page, "table.shared");
        Assert.Equal(Ids(comparison["shared"]!).Order(), shared.Select(row => row.Id).Order());
        var storytelling = page.Page.Locator("table.shared tr[data-id='tactic:survivor_storytelling_public_testimony'] td");
        Assert.Equal("Mixed evidence", await storytelling.Nth(0).Locator(".verdict").InnerTextAsync());
        Assert.Equal("No evidence", await storytelling.Nth(1).Locator(".verdict").InnerTextAsync());
        Assert.Equal("In Entertainment: film, television and theater", await page.Page.Locator("table.shared thead th").Nth(1).InnerTextAsync());

        var columns = page.Page.Locator(".compare-column");
        for (var index = 0; index < 2; index++)
        {
            var ids = await columns.Nth(index).Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.id)");
            Assert.Equal(Ids(comparison["byIndustry"]![index]!["uniqueStrategies"]!).Order(), ids.Order());
        }
        Assert.Contains("Only in Agriculture and farmwork", await columns.Nth(1).Locator("h3").InnerTextAsync(), StringComparison.Ordinal);
        Assert.InRange(page.GraphQLRequests.Count, 2, 2);
        await page.ScreenshotAsync("compare");
        await page.AssertCleanAsync();

        await page.Page.GetByLabel("Second industry").SelectOptionAsync("industry:media_news");
        await page.Page.WaitForURLAsync("**b=industry%3Amedia_news**");
        await page.Page.WaitForSelectorAsync("table.shared tr[data-id='tactic:investigative_journalism']");
        Assert.Contains("Only in Media and news", await columns.Nth(1).Locator("h3").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transfer_lists_candidates_with_the_shared_risk_factors_their_origin_and_verdict()
    {
        await using var page = await host.OpenAsync("#/transfer");
        await page.WaitForLoadedAsync();
        await page.Page.GetByLabel("Industry").SelectOptionAsync("industry:hospitality_hotels_casinos");
        await page.Page.WaitForURLAsync("**#/transfer?industry=industry%3Ahospitality_hotels_casinos");
        await page.Page.WaitForSelectorAsync("table.transfer");
        await page.Page.ReloadAsync();
        await page.WaitForLoadedAsync();

        var expected = await ExpectedIdsAsync("""{ transferCandidates(industry: "industry:hospitality_hotels_casinos", first: 20) { intervention { id } } }""", "transferCandidates", "intervention");
        var rows = await RowsAsync(page, "table.transfer");
        Assert.Equal(expected, rows.Select(row => row.Id).ToList());
        Assert.Equal(["intervention:metoo_public_allegations_2017", "intervention:fair_food_program"], rows.Take(2).Select(row => row.Id));

        var fairFood = page.Page.Locator("tr[data-id='intervention:fair_food_program']");
        Assert.Equal("Worked", await fairFood.Locator(".verdict").InnerTextAsync());
        Assert.Contains("From Agriculture and farmwork", await fairFood.InnerTextAsync(), StringComparison.Ordinal);
        var factors = await fairFood.Locator(".factors .risk-factor").AllInnerTextsAsync();
        Assert.Equal(["immigrant workforce", "isolated work", "power disparity"], factors);
        Assert.Contains("weight 1.01", await fairFood.Locator(".factors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Worker-led monitoring", await fairFood.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("alcohol", await page.Page.Locator(".own-factors").InnerTextAsync(), StringComparison.Ordinal);
        // After the reload: the industry list and one transfer request.
        Assert.InRange(page.GraphQLRequests.Count, 3, 4);
        await page.ScreenshotAsync("transfer");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task An_unknown_industry_is_an_error_in_words_and_choosing_one_recovers()
    {
        await using var page = await host.OpenAsync("#/transfer?industry=industry%3Anowhere");
        await page.WaitForLoadedAsync();
        var alert = await page.Page.GetByRole(AriaRole.Alert).InnerTextAsync();
        Assert.Contains("There is no node 'industry:nowhere'", alert, StringComparison.Ordinal);
        Assert.Contains("NOT_FOUND", alert, StringComparison.Ordinal);

        await page.Page.GetByLabel("Industry").SelectOptionAsync("industry:restaurants_food_service");
        await page.Page.WaitForSelectorAsync("table.transfer");
        Assert.Equal(0, await page.Page.GetByRole(AriaRole.Alert).CountAsync());
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task At_a_phone_width_rows_stack_and_nothing_essential_is_hidden()
    {
        await using var page = await host.OpenAsync("#/worked?industry=" + Uri.EscapeDataString(Farmwork), 390, 844);
        await page.WaitForLoadedAsync();
        var first = page.Page.Locator("table.ranking tbody tr").First;
        Assert.True(await first.Locator(".verdict").IsVisibleAsync());
        Assert.True(await first.Locator(".reason").IsVisibleAsync());
        Assert.True(await first.GetByRole(AriaRole.Link).IsVisibleAsync());
        await AssertNoSidewaysScrollAsync(page);
        await page.ScreenshotAsync("what-worked-phone");
        await page.AssertCleanAsync();

        await using var compare = await host.OpenAsync($"#/compare?a={Uri.EscapeDataString("industry:entertainment_film_tv")}&b={Uri.EscapeDataString(Farmwork)}", 390, 844);
        await compare.WaitForLoadedAsync();
        var columns = compare.Page.Locator(".compare-column");
        var left = (await columns.Nth(0).BoundingBoxAsync())!;
        var right = (await columns.Nth(1).BoundingBoxAsync())!;
        Assert.True(right.Y >= left.Y + left.Height, "The two industries' columns should stack on a phone.");
        await AssertNoSidewaysScrollAsync(compare);
        await compare.ScreenshotAsync("compare-phone");
        await compare.AssertCleanAsync();
    }

    /// <summary>The page does not scroll sideways; when it does, the message names the elements reaching past the edge.</summary>
    private static async Task AssertNoSidewaysScrollAsync(ExplorerPage page)
    {
        var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            var wide = await page.Page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`).slice(0, 10)");
            Assert.Fail($"The page scrolls sideways by {overflow} px: {string.Join(", ", wide)}");
        }
    }

    private sealed record Row(string Id, string Verdict, string Reason);

    private static async Task<List<Row>> RowsAsync(ExplorerPage page, string table)
    {
        var rows = await page.Page.Locator($"{table} tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(row => [row.dataset.id, row.querySelector('[data-verdict]')?.dataset.verdict ?? '', row.querySelector('.reason')?.textContent ?? ''])");
        return [.. rows.Select(row => new Row(row[0], row[1], row[2]))];
    }

    /// <summary>Waits until the ranking shows exactly these strategies, in this order (a filter change re-renders it).</summary>
    private static async Task WaitForRowsAsync(ExplorerPage page, IReadOnlyList<string> ids) =>
        await page.Page.WaitForFunctionAsync(
            "ids => !document.querySelector('.loading') && JSON.stringify([...document.querySelectorAll('table.ranking tbody tr')].map(row => row.dataset.id)) === JSON.stringify(ids)",
            ids, new() { Timeout = 30_000 });

    private async Task<List<string>> ExpectedIdsAsync(string query, string field = "whatWorked", string node = "strategy") =>
        [.. (await QueryAsync(query))[field]!.AsArray().Select(result => result![node]!["id"]!.GetValue<string>())];

    private static IEnumerable<string> Ids(JsonNode list) => list.AsArray().Select(item => item!["id"]!.GetValue<string>());

    private async Task<JsonNode> QueryAsync(string query)
    {
        var client = host.App.CreateClient(new() { BaseAddress = host.App.ClientOptions.BaseAddress });
        var response = await client.PostAsJsonAsync("/graphql", new { query });
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode && json["errors"] is null, json.ToJsonString());
        return json["data"]!;
    }
}
