using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using Qyzmet.Platform.Data;

namespace Qyzmet.Host.Cli;

/// <summary>
/// Writes many rows into one table fast (issue 16 "Data at national size"): PostgreSQL's binary COPY, or on SQLite one
/// prepared INSERT in transactions of <see cref="SqliteBatch"/> rows. The columns and their types come from the EF model,
/// so a row is written exactly as the application would write it; the columns the caller does not give get NULL, or the
/// CLR default for a required value (false, 0), or an empty text.
/// </summary>
internal sealed class BulkTableWriter : IAsyncDisposable
{
    public const int SqliteBatch = 20_000;

    private readonly string _table;
    private readonly Column[] _columns;
    private readonly int[] _given;
    private readonly object?[] _row;
    private NpgsqlBinaryImporter? _copy;
    private DbCommand? _insert;
    private DbTransaction? _transaction;
    private DbConnection? _connection;
    private int _inBatch;

    public long Count { get; private set; }

    private sealed record Column(string Name, Type ClrType, bool Nullable, string StoreType, object? Default);

    private BulkTableWriter(string table, Column[] columns, int[] given)
    {
        _table = table;
        _columns = columns;
        _given = given;
        _row = columns.Select(c => c.Default).ToArray();
    }

    public static async Task<BulkTableWriter> OpenAsync(QyzmetDbContext db, string table, params string[] given)
    {
        var entity = db.Model.GetEntityTypes().Single(e => e.GetTableName() == table && e.FindOwnership() is null);
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties()
            // Identity keys (long Id) are numbered by the database.
            .Where(p => !(p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd && p.IsKey() && p.ClrType == typeof(long)))
            .Select(p =>
            {
                var clr = Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType;
                object? fallback = p.IsNullable ? null : clr == typeof(string) ? "" : clr.IsValueType ? Activator.CreateInstance(clr) : null;
                return new Column(p.GetColumnName(store)!, clr, p.IsNullable, p.GetColumnType(store), fallback);
            }).ToArray();
        var index = given.Select(g => Array.FindIndex(columns, c => c.Name == g) is var i and >= 0 ? i
            : throw new InvalidOperationException($"{table} has no column {g}.")).ToArray();
        var writer = new BulkTableWriter(table, columns, index);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        writer._connection = connection;
        var names = string.Join(", ", columns.Select(c => "\"" + c.Name + "\""));
        if (connection is NpgsqlConnection npgsql)
        {
            writer._copy = await npgsql.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)");
        }
        else
        {
            writer._insert = connection.CreateCommand();
            writer._insert.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            for (var i = 0; i < columns.Length; i++)
            {
                var p = writer._insert.CreateParameter();
                p.ParameterName = "$p" + i;
                writer._insert.Parameters.Add(p);
            }
        }

        return writer;
    }

    /// <summary>One row: the values of the given columns, in the order they were named.</summary>
    public async ValueTask AddAsync(params object?[] values)
    {
        for (var i = 0; i < _given.Length; i++)
        {
            _row[_given[i]] = values[i];
        }

        if (_copy is not null)
        {
            await _copy.StartRowAsync();
            for (var i = 0; i < _columns.Length; i++)
            {
                await WriteAsync(_copy, _row[i], _columns[i]);
            }
        }
        else
        {
            if (_transaction is null)
            {
                _transaction = await _connection!.BeginTransactionAsync();
                _insert!.Transaction = _transaction;
            }

            for (var i = 0; i < _columns.Length; i++)
            {
                _insert!.Parameters[i].Value = SqliteValue(_row[i]);
            }

            await _insert!.ExecuteNonQueryAsync();
            if (++_inBatch >= SqliteBatch)
            {
                await _transaction.CommitAsync();
                await _transaction.DisposeAsync();
                _transaction = null;
                _inBatch = 0;
            }
        }

        Count++;
    }

    /// <summary>EF's SQLite mapping: GUIDs as upper-case text, the rest as Microsoft.Data.Sqlite binds them.</summary>
    private static object SqliteValue(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.0###########################", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => value,
    };

    private static Task WriteAsync(NpgsqlBinaryImporter copy, object? value, Column column) => value switch
    {
        null => copy.WriteNullAsync(),
        string s when column.StoreType == "jsonb" => copy.WriteAsync(s, NpgsqlDbType.Jsonb),
        string s => copy.WriteAsync(s, NpgsqlDbType.Text),
        bool b => copy.WriteAsync(b, NpgsqlDbType.Boolean),
        int n when column.StoreType == "smallint" => copy.WriteAsync((short)n, NpgsqlDbType.Smallint),
        int n => copy.WriteAsync(n, NpgsqlDbType.Integer),
        long n => copy.WriteAsync(n, NpgsqlDbType.Bigint),
        double d => copy.WriteAsync(d, NpgsqlDbType.Double),
        decimal m => copy.WriteAsync(m, NpgsqlDbType.Numeric),
        DateOnly d => copy.WriteAsync(d, NpgsqlDbType.Date),
        DateTime t => copy.WriteAsync(DateTime.SpecifyKind(t, DateTimeKind.Utc), NpgsqlDbType.TimestampTz),
        Guid g => copy.WriteAsync(g, NpgsqlDbType.Uuid),
        byte[] bytes => copy.WriteAsync(bytes, NpgsqlDbType.Bytea),
        _ => throw new InvalidOperationException($"No COPY mapping for {value.GetType()} ({column.Name})."),
    };

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            await _copy.CompleteAsync();
            await _copy.DisposeAsync();
        }

        if (_transaction is not null)
        {
            await _transaction.CommitAsync();
            await _transaction.DisposeAsync();
        }

        if (_insert is not null)
        {
            await _insert.DisposeAsync();
        }
    }

    public override string ToString() => $"{_table}: {Count:N0}";
}
