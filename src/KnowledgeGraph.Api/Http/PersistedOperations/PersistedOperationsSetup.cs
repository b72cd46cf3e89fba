namespace KnowledgeGraph.Api.Http.PersistedOperations;

public static class PersistedOperationsSetup
{
    public static IHostApplicationBuilder AddKnowledgeGraphPersistedOperations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PersistedOperationsOptions>().BindConfiguration(PersistedOperationsOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.IsValid(), "PersistedOperations:TrustedOnly needs PersistedOperations:TrustedManifest, the documents it trusts.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AutomaticDocumentStore>();
        builder.Services.AddSingleton<TrustedDocuments>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TrustedDocuments>());
        builder.Services.AddSingleton<PersistedDocuments>();
        return builder;
    }
}
