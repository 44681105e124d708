using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;

namespace Qyzmet.Tests.Infrastructure;

/// <summary>One SQL command EF sent: which context instance sent it, its text, and whether a transaction was open.</summary>
public sealed record RecordedCommand(Guid Context, string Sql, bool InTransaction);

/// <summary>
/// Records the SQL commands EF sends to one test host's database (EF's diagnostic events, filtered by connection string),
/// so a test can count queries per request or see what runs inside a transaction.
/// </summary>
public sealed class CommandRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _connectionString;
    private readonly ConcurrentQueue<RecordedCommand> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;

    private CommandRecorder(string connectionString)
    {
        _connectionString = connectionString;
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public static async Task<CommandRecorder> StartAsync(QyzmetFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return new CommandRecorder(scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Database.GetConnectionString()!);
    }

    public IReadOnlyList<RecordedCommand> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
            && data.Context is { } context && context.Database.GetConnectionString() == _connectionString)
        {
            _commands.Enqueue(new RecordedCommand(context.ContextId.InstanceId, data.Command.CommandText, data.Command.Transaction is not null));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
