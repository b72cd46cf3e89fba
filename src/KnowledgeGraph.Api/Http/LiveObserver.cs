using GraphQL;

namespace KnowledgeGraph.Api.Http;

/// <summary>An observer of one operation's results, made of the transport's three callbacks.</summary>
public sealed class LiveObserver(Action<ExecutionResult> next, Action<Exception> error, Action completed) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value) => next(value);

    public void OnError(Exception exception) => error(exception);

    public void OnCompleted() => completed();
}
