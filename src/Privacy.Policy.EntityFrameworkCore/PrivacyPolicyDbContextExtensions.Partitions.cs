using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Privacy.Policy.EntityFrameworkCore;

// The retention sweep's partition step: on PostgreSQL, whole expired range partitions of the anchor are dropped.
public static partial class PrivacyPolicyDbContextExtensions
{
    private static readonly Regex RangeBound = new(@"^FOR VALUES FROM \((?<from>.+)\) TO \((?<to>.+)\)$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Drops, before the row-wise batches, every partition of <typeparamref name="T"/>'s table that the sweep would
    /// empty row by row anyway: on PostgreSQL, with the table range-partitioned on the anchor column alone, a plain
    /// partition whose upper bound is at or before the threshold at which a row goes whole (so every row in it is due
    /// for deletion, whatever its anchor) and which holds no held row. The partitions are found in the catalog at sweep
    /// time (<c>pg_inherits</c>, <c>pg_partitioned_table</c>, <c>pg_get_expr(relpartbound)</c>); the bound is compared
    /// with the threshold by PostgreSQL, in the column's own type. Each partition is checked and dropped in a transaction
    /// of its own, under the sweep's lock, so a sweep killed half-way leaves each partition whole or gone.
    /// </summary>
    /// <returns>The partitions dropped, as <c>schema.name</c>; none on any other database, an unpartitioned table, or a plan that keeps or erases rows.</returns>
    private static async Task<IReadOnlyList<string>> DropExpiredPartitionsAsync<T>(DbContext context, IEntityType entity, List<TypeSweep> sweeps, CancellationToken cancellationToken)
        where T : class
    {
        // Only a type whose rows all follow one plan, and whose rows go whole at one threshold on the anchor: a member
        // counted from another column (RetentionFrom) or a hierarchy's several plans are swept row-wise, as before.
        if (context.Database.ProviderName != PostgresProvider
            || sweeps is not [{ Delete: [var (column, threshold)], Rows: null } sweep]
            || column != sweep.Anchor
            || entity.ClrType != typeof(T)
            || entity.GetDerivedTypes().Any()
            || sweep.Held is not (null or Expression<Func<T, bool>>)
            || entity.GetTableName() is not { } table)
        {
            return [];
        }

        ISqlGenerationHelper sql = context.GetService<ISqlGenerationHelper>();
        string qualified = sql.DelimitIdentifier(table, entity.GetSchema());
        string? anchorColumn = sweep.Anchor.GetColumnName(StoreObjectIdentifier.Table(table, entity.GetSchema()));
        var mapping = (RelationalTypeMapping)sweep.Anchor.GetRelationalTypeMapping();

        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            DbConnection connection = context.Database.GetDbConnection();
            var candidates = new List<(string Partition, string Name)>();
            await using (DbCommand command = connection.CreateCommand())
            {
                // The partition key: a range on one column, the anchor's; and no foreign key refers to the table or its
                // partitions (a DROP would fail, or break what refers to the rows: those go row-wise, as before).
                command.CommandText = """
                    SELECT a.attname, format_type(a.atttypid, a.atttypmod),
                           EXISTS (SELECT 1 FROM pg_constraint f
                                   WHERE f.contype = 'f'
                                     AND (f.confrelid = p.partrelid OR f.confrelid IN (SELECT i.inhrelid FROM pg_inherits i WHERE i.inhparent = p.partrelid)))
                    FROM pg_partitioned_table p
                    JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]
                    WHERE p.partrelid = to_regclass(@table) AND p.partstrat = 'r' AND p.partnatts = 1
                    """;
                AddParameter(command, "table", qualified);
                string type;
                await using (DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || reader.GetString(0) != anchorColumn || reader.GetBoolean(2))
                    {
                        return [];
                    }

                    type = reader.GetString(1);
                }

                // The plain partitions whose upper bound is at or before the threshold, compared in the column's type
                // (format_type's own spelling of it). A sub-partitioned one, the default partition, and one reaching
                // MAXVALUE are swept row-wise.
                command.Parameters.Clear();
                command.CommandText = """
                    SELECT format('%I.%I', n.nspname, c.relname), pg_get_expr(c.relpartbound, c.oid), n.nspname || '.' || c.relname
                    FROM pg_inherits i
                    JOIN pg_class c ON c.oid = i.inhrelid
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE i.inhparent = to_regclass(@table) AND c.relkind = 'r'
                    ORDER BY 1
                    """;
                AddParameter(command, "table", qualified);
                var bounds = new List<(string Partition, string Upper, string Name)>();
                await using (DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        if (!reader.IsDBNull(1) && RangeBound.Match(reader.GetString(1)) is { Success: true } bound && Literal(bound.Groups["to"].Value) is { } upper)
                        {
                            bounds.Add((reader.GetString(0), upper, reader.GetString(2)));
                        }
                    }
                }

                command.CommandText = $"SELECT CAST(@upper AS {type}) <= @threshold";
                foreach ((string partition, string upper, string name) in bounds)
                {
                    command.Parameters.Clear();
                    AddParameter(command, "upper", upper);
                    command.Parameters.Add(mapping.CreateParameter(command, "threshold", threshold));
                    if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
                    {
                        candidates.Add((partition, name));
                    }
                }
            }

            var dropped = new List<string>();
            foreach ((string partition, string name) in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await using IDbContextTransaction transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await EnterSweepLockAsync(context, entity, cancellationToken).ConfigureAwait(false);

                // Another sweep of the table may have dropped it while this one waited for the lock.
                await using (DbCommand exists = connection.CreateCommand())
                {
                    exists.Transaction = transaction.GetDbTransaction();
                    exists.CommandText = "SELECT to_regclass(@partition) IS NOT NULL";
                    AddParameter(exists, "partition", partition);
                    if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
                    {
                        continue;
                    }
                }

                // A partition with a held row is left to the row-wise batches, which keep that row and delete the others.
                // The partition's name is the catalog's format('%I.%I'): quoted by PostgreSQL itself, never a value.
#pragma warning disable EF1003
                IQueryable<T> rows = context.Set<T>().FromSqlRaw("SELECT * FROM " + partition);
                if (sweep.Held is Expression<Func<T, bool>> held && await rows.AnyAsync(held, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                // The partition is dropped with its rows, never detached: a detached table keeps the data past its
                // retention (GDPR art. 5(1)(e)), which is what the sweep exists to end.
                await context.Database.ExecuteSqlRawAsync("DROP TABLE " + partition, cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1003
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                dropped.Add(name);
            }

            return dropped;
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// A bound's literal as text for a cast: <c>'2026-01-01 00:00:00+01'</c> unquoted, <c>100</c> as it is;
    /// <see langword="null"/> for <c>MAXVALUE</c> (never expires) and <c>MINVALUE</c>.
    /// </summary>
    private static string? Literal(string bound)
    {
        bound = bound.Trim();
        if (bound.Equals("MAXVALUE", StringComparison.OrdinalIgnoreCase) || bound.Equals("MINVALUE", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return bound.Length >= 2 && bound[0] == '\'' && bound[^1] == '\''
            ? bound[1..^1].Replace("''", "'", StringComparison.Ordinal)
            : bound;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
