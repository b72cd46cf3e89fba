using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Scalars;

/// <summary>
/// <c>DateTime</c>: a timestamp as RFC 3339 text with its offset, such as 2026-12-05T05:37:31.1234567+00:00. The
/// text is what GraphQL.NET's DateTimeOffset scalar always wrote; only the name and the specification are new.
/// </summary>
public sealed class TimestampGraphType : DateTimeOffsetGraphType
{
    public TimestampGraphType()
    {
        Name = "DateTime";
        Description = "A point in time as RFC 3339 text with its offset from UTC, such as 2026-12-05T05:37:31.1234567+00:00 (fractional seconds only when not zero).";
        this.SpecifiedBy("https://scalars.graphql.org/andimarek/date-time");
    }
}

/// <summary>
/// <c>Date</c>: a calendar date known to the year, the month or the day (YYYY, YYYY-MM or YYYY-MM-DD): the W3C profile
/// of ISO 8601. On input any string passes here: the write rules check it and name every offending field at once.
/// </summary>
public sealed class PartialDateGraphType : StringGraphType
{
    public PartialDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date at the precision it is known: YYYY, YYYY-MM or YYYY-MM-DD (the W3C profile of ISO 8601), such as 2019, 2019-10 or 2019-10-01. No time, no time zone.";
        this.SpecifiedBy("https://www.w3.org/TR/NOTE-datetime");
    }
}

/// <summary><c>URL</c>: an absolute http or https URL. On input any string passes here: the write rules check it.</summary>
public sealed class UrlGraphType : StringGraphType
{
    public UrlGraphType()
    {
        Name = "URL";
        Description = "An absolute http or https URL, as RFC 3986 writes it.";
        this.SpecifiedBy("https://www.rfc-editor.org/rfc/rfc3986");
    }
}
