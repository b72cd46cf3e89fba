using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Tests.Explorer;

/// <summary>The search view and the node pages, with the evidence card of strategies, on the seed graph.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerSearchAndNodeTests(ExplorerHost host)
{
    [Fact]
    public async Task A_seed_word_lists_ranked_matches_pages_on_filters_by_label_and_opens_a_node_page()
    {
        await using var page = await host.OpenAsync("#/search");
        await page.WaitForLoadedAsync();
        Assert.Empty(page.GraphQLRequests);

        await page.Page.GetByRole(AriaRole.Searchbox, new() { Name = "Words" }).FillAsync("arbitration");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.WaitForURLAsync("**#/search?q=arbitration");
        await page.Page.WaitForSelectorAsync(".search-count");
        await page.WaitForLoadedAsync();
        Assert.Contains("50 nodes match", await page.Page.InnerTextAsync(".search-count"), StringComparison.Ordinal);
        var results = page.Page.Locator(".search-results > li");
        await Expect(results).ToHaveCountAsync(20);
        Assert.Equal("arbitration", (await page.Page.Locator(".search-results mark").First.InnerTextAsync()).ToLowerInvariant());
        await page.ScreenshotAsync("search");

        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Load more" }).ClickAsync();
        await Expect(results).ToHaveCountAsync(40);
        Assert.Equal(2, page.GraphQLRequests.Count);

        await page.Page.GetByRole(AriaRole.Combobox, new() { Name = "Label" }).SelectOptionAsync("INTERVENTION");
        await page.Page.WaitForURLAsync("**#/search?q=arbitration&label=INTERVENTION");
        await page.Page.WaitForSelectorAsync(".search-count");
        await page.WaitForLoadedAsync();
        Assert.Contains("12 nodes match", await page.Page.InnerTextAsync(".search-count"), StringComparison.Ordinal);
        await Expect(results).ToHaveCountAsync(12);
        Assert.All(await page.Page.Locator(".search-results > li .badge").AllInnerTextsAsync(), badge => Assert.Equal("Intervention", badge));
        Assert.Equal(3, page.GraphQLRequests.Count);

        await page.Page.GetByRole(AriaRole.Link, new() { Name = "Microsoft waiver of forced arbitration for sexual harassment claims" }).ClickAsync();
        await page.Page.WaitForURLAsync("**#/node/intervention%3Amicrosoft_arbitration_waiver_2017");
        await page.WaitForLoadedAsync();
        Assert.Equal("Microsoft waiver of forced arbitration for sexual harassment claims", await page.Page.InnerTextAsync("h1"));
        Assert.Equal(4, page.GraphQLRequests.Count);

        await page.Page.GoBackAsync();
        await page.Page.WaitForSelectorAsync(".search-results");
        await page.WaitForLoadedAsync();
        Assert.Equal("arbitration", await page.Page.GetByRole(AriaRole.Searchbox, new() { Name = "Words" }).InputValueAsync());
        Assert.Equal("INTERVENTION", await page.Page.GetByRole(AriaRole.Combobox, new() { Name = "Label" }).InputValueAsync());
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task A_search_that_matches_nothing_says_so_and_its_deep_link_restores_it()
    {
        await using var page = await host.OpenAsync("#/search?q=zzyzx%20quokka&label=TACTIC");
        await page.WaitForLoadedAsync();
        Assert.Contains("No node matches “zzyzx quokka” among tactics", await page.Page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal("zzyzx quokka", await page.Page.GetByRole(AriaRole.Searchbox, new() { Name = "Words" }).InputValueAsync());
        Assert.Single(page.GraphQLRequests);

        await page.Page.ReloadAsync();
        await page.Page.WaitForSelectorAsync("main .empty");
        await page.WaitForLoadedAsync();
        Assert.Contains("No node matches", await page.Page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task An_intervention_page_shows_its_evidence_card_with_effect_findings_apart_from_adoption()
    {
        await using var page = await host.OpenAsync("#/node/intervention%3Afair_food_program");
        await page.WaitForLoadedAsync();
        Assert.Equal("Fair Food Program (CIW)", await page.Page.InnerTextAsync("h1"));
        Assert.Single(page.GraphQLRequests);

        var card = page.Page.Locator(".evidence-card");
        Assert.Equal("worked", await card.Locator(".evidence-verdict .badge").InnerTextAsync());
        Assert.Contains("Evidence of an effect", await card.Locator(".evidence-explanation").InnerTextAsync(), StringComparison.Ordinal);

        var effects = card.Locator(".evidence-effects");
        var context = card.Locator(".evidence-context");
        Assert.Contains("not evidence that it worked", await context.Locator("h3").InnerTextAsync(), StringComparison.Ordinal);
        string[] effectFindings = ["ffp_assault_virtually_eliminated", "ffp_eeoc_task_force_recognition", "ffp_wage_premium_30m"];
        string[] adoptionFindings = ["ffp_nine_crops_2022", "ffp_scale_27_farms_14_buyers", "ffp_wsr_model_replicated"];
        foreach (var id in effectFindings)
        {
            await Expect(effects.Locator($"a[href='#/node/finding%3A{id}']")).ToHaveCountAsync(1);
            await Expect(context.Locator($"a[href='#/node/finding%3A{id}']")).ToHaveCountAsync(0);
        }
        foreach (var id in adoptionFindings)
        {
            await Expect(context.Locator($"a[href='#/node/finding%3A{id}']")).ToHaveCountAsync(1);
            await Expect(effects.Locator($"a[href='#/node/finding%3A{id}']")).ToHaveCountAsync(0);
        }
        Assert.All(await effects.Locator(".finding-kind").AllInnerTextsAsync(), kind => Assert.Equal("effect", kind));
        Assert.DoesNotContain("effect", await context.Locator(".finding-kind").AllInnerTextsAsync());
        Assert.Contains("positive", await effects.Locator(".effect").AllInnerTextsAsync());
        Assert.NotEmpty(await effects.Locator(".design").AllInnerTextsAsync());
        Assert.NotEmpty(await effects.Locator(".strength").AllInnerTextsAsync());
        var sourceLink = effects.Locator(".source-list a[href^='http']").First;
        Assert.StartsWith("http", await sourceLink.GetAttributeAsync("href"), StringComparison.Ordinal);

        var groups = await page.Page.Locator(".relationship-group h3").AllInnerTextsAsync();
        Assert.Contains(groups, title => title.StartsWith("Applies (", StringComparison.Ordinal));
        Assert.Contains(groups, title => title.StartsWith("Findings (", StringComparison.Ordinal));
        Assert.Contains(groups, title => title.StartsWith("Cites (", StringComparison.Ordinal));
        Assert.Equal("#/graph/intervention%3Afair_food_program", await page.Page.GetByRole(AriaRole.Link, new() { Name = "Show in the graph" }).GetAttributeAsync("href"));
        Assert.Equal("#/path?from=intervention%3Afair_food_program", await page.Page.GetByRole(AriaRole.Link, new() { Name = "Paths from here" }).GetAttributeAsync("href"));
        await page.ScreenshotAsync("node-intervention");

        await page.Page.ReloadAsync();
        await page.Page.WaitForSelectorAsync(".evidence-card");
        await page.WaitForLoadedAsync();
        Assert.Equal("Fair Food Program (CIW)", await page.Page.InnerTextAsync("h1"));
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Relationships_are_grouped_by_type_and_direction_and_long_groups_fold()
    {
        await using var page = await host.OpenAsync("#/node/jurisdiction%3Aus_ca");
        await page.WaitForLoadedAsync();
        Assert.Single(page.GraphQLRequests);
        Assert.Equal(0, await page.Page.Locator(".evidence-card").CountAsync());

        var group = page.Page.Locator(".relationship-group", new() { Has = page.Page.Locator("h3", new() { HasTextString = "Interventions here" }) });
        var title = await group.Locator("h3").InnerTextAsync();
        var count = int.Parse(title[(title.IndexOf('(', StringComparison.Ordinal) + 1)..title.IndexOf(')', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 8, title);
        await page.ScreenshotAsync("node-jurisdiction");
        await Expect(group.Locator("li")).ToHaveCountAsync(8);
        await group.GetByRole(AriaRole.Button, new() { Name = $"Show all {count}" }).ClickAsync();
        await Expect(group.Locator("li")).ToHaveCountAsync(count);
        Assert.Contains(await page.Page.Locator(".relationship-group h3").AllInnerTextsAsync(), text => text.StartsWith("Part of (", StringComparison.Ordinal));
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task A_finding_page_shows_its_badges_and_sources_and_a_source_page_what_cites_it()
    {
        await using var page = await host.OpenAsync("#/node/finding%3Affp_scale_27_farms_14_buyers");
        await page.WaitForLoadedAsync();
        var properties = await page.Page.InnerTextAsync(".node-properties");
        Assert.Contains("adoption", properties, StringComparison.Ordinal);
        Assert.Contains("never counts as evidence that something worked", properties, StringComparison.Ordinal);
        var source = page.Page.Locator(".source-list li").First;
        Assert.StartsWith("http", await source.Locator("a").First.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Single(page.GraphQLRequests);

        await source.GetByRole(AriaRole.Link, new() { NameRegex = new("^Source page") }).ClickAsync();
        await page.Page.WaitForURLAsync("**#/node/source%3A*");
        await page.WaitForLoadedAsync();
        Assert.Contains("Read it at", await page.Page.InnerTextAsync(".node-properties"), StringComparison.Ordinal);
        var citedBy = page.Page.Locator(".relationship-group", new() { Has = page.Page.Locator("h3", new() { HasTextString = "Cited by" }) });
        await Expect(citedBy.Locator("a[href='#/node/finding%3Affp_scale_27_farms_14_buyers']")).ToHaveCountAsync(1);
        Assert.Equal(2, page.GraphQLRequests.Count);
        await page.ScreenshotAsync("node-source");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task An_unknown_id_says_no_node_has_it_rather_than_failing()
    {
        await using var page = await host.OpenAsync("#/node/tactic%3Ano_such_tactic");
        await page.WaitForLoadedAsync();
        Assert.Contains("No node has the id “tactic:no_such_tactic”", await page.Page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Page.Locator("[role=alert]").CountAsync());
        Assert.Single(page.GraphQLRequests);
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task At_phone_width_the_evidence_card_and_the_search_stay_readable()
    {
        await using var page = await host.OpenAsync("#/node/intervention%3Afair_food_program", 390, 844);
        await page.WaitForLoadedAsync();
        Assert.True(await page.Page.Locator(".evidence-verdict").IsVisibleAsync());
        Assert.True(await page.Page.GetByRole(AriaRole.Link, new() { Name = "Show in the graph" }).IsVisibleAsync());
        var overflow = await page.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "The node page scrolls sideways at 390 px.");
        await page.ScreenshotAsync("node-intervention-phone");
        await page.AssertCleanAsync();

        await using var search = await host.OpenAsync("#/search?q=panic%20button", 390, 844);
        await search.WaitForLoadedAsync();
        Assert.True(await search.Page.Locator(".search-results > li").First.IsVisibleAsync());
        Assert.True(await search.Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).IsVisibleAsync());
        overflow = await search.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "The search view scrolls sideways at 390 px.");
        await search.ScreenshotAsync("search-phone");
        await search.AssertCleanAsync();
    }
}
