using System.Text.Json;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Progress;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Bulk;
using Luoshi.Storage.Reading;
using Luoshi.Storage.Reading.Facts;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Luoshi.Storage.ProgressImport;

/// <summary>What a CSV file and a filled-in template share when they are imported: inside the unit of work's
/// transaction, the plan's lookups, the bulk writer, nothing twice for the same file, and one audit entry for the file
/// (name, rows, SHA-256) when it is stored.</summary>
internal sealed class ProgressSession : IAsyncDisposable
{
    private readonly BulkWriter _bulk;
    private readonly ProgressCommands _commands;
    private readonly int _planId;

    private readonly ImportedFacts? _facts;

    private ProgressSession(ProgressPlan plan, int planId, BulkWriter bulk, ProgressCommands commands, ImportedFacts? facts, ProgressWriter writer)
    {
        (Plan, _planId, _bulk, _commands, _facts, Writer) = (plan, planId, bulk, commands, facts, writer);
    }

    /// <summary>The plan the file is checked against.</summary>
    public ProgressPlan Plan { get; }

    /// <summary>Where the values go.</summary>
    public ProgressWriter Writer { get; }

    /// <summary>True when a file of this hash was imported into the plan before: it adds nothing.</summary>
    /// <remarks>A plain query, as the lookups are: the import then compiles no EF query at all.</remarks>
    public Task<bool> ImportedBeforeAsync(LedgerDbContext db, string sha, CancellationToken ct) =>
        RowReading.AnyAsync(db, "SELECT 1 FROM audit_entries WHERE entity = @entity AND entity_key = @key LIMIT 1",
            [("entity", AuditEntities.ProgressFile), ("key", Key(sha))], ct);

    /// <summary>The session, or the problem (a plan that is not there).</summary>
    public static async Task<(ProgressSession? Session, Problem? Problem)> OpenAsync(
        LedgerDbContext db, StoreSession session, int planId, CancellationToken ct)
    {
        if (await ProgressLookups.LoadAsync(db, planId, ct).ConfigureAwait(false) is not { } plan)
        {
            return (null, new Problem(Catalogue.Progress.MissingPlan(planId)));
        }

        // One moment for the whole file: the reports' submitted_at and their task_facts rows say the same.
        var now = session.Now;
        var facts = session.Options.Provider == StoreProvider.Sqlite
            ? new ImportedFacts(plan, planId, await TasksWithFactsAsync(db, planId, ct).ConfigureAwait(false), now)
            : null;
        var bulk = await BulkWriter.OpenAsync(db, ct).ConfigureAwait(false);
        var commands = await ProgressCommands.PrepareAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), ct)
            .ConfigureAwait(false);
        return (new ProgressSession(plan, planId, bulk, commands, facts, new ProgressWriter(bulk, commands, plan, now, facts)), null);
    }

    /// <summary>Writes the last batch and the task_facts rows of the tasks written, and records the file in the audit
    /// trail.</summary>
    public async Task FinishAsync(LedgerDbContext db, StoreSession session, string file, string sha, long rows, CancellationToken ct)
    {
        await Writer.FlushAsync(true, ct).ConfigureAwait(false);
        if (_facts is not null)
        {
            // The tasks the import could not build rows for are rewritten by the projection's own statement; the unit of
            // work then leaves the plan's other tasks alone (TaskFactsProjection).
            if (_facts.Left.Count > 0)
            {
                await db.Database.ExecuteSqlRawAsync(
                    TaskFactsSql.Rewrite(StoreProvider.Sqlite, "task_id IN (SELECT value FROM json_each({0}))"),
                    [JsonSerializer.Serialize(_facts.Left)], ct).ConfigureAwait(false);
            }

            TaskFactsProjection.Written(db, _planId);
        }

        AuditLog.Add(db, session, "progress.import", AuditEntities.ProgressFile, Key(sha), null,
            new { File = file, PlanId = _planId, Rows = rows, Reports = Writer.Reports, Sha256 = sha });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _commands.DisposeAsync().ConfigureAwait(false);
        await _bulk.DisposeAsync().ConfigureAwait(false);
    }

    // The tasks of the plan that have a task_facts row already.
    private static async Task<HashSet<int>> TasksWithFactsAsync(LedgerDbContext db, int planId, CancellationToken ct)
    {
        var tasks = new HashSet<int>();
        await RowReading.ForEachAsync(db, "SELECT task_id FROM task_facts WHERE plan_id = @plan", planId, r => tasks.Add(r.GetInt32(0)), ct)
            .ConfigureAwait(false);
        return tasks;
    }

    // The audit key of a file: the plan and the file's hash.
    private string Key(string sha) => $"{_planId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{sha}";
}
