using Luoshi.Domain.Wording;
using Luoshi.Intake.Progress;
using Luoshi.Storage.Audit;
using Luoshi.Storage.Bulk;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Luoshi.Storage.ProgressImport;

/// <summary>What a CSV file and a filled-in template share when they are imported: inside the unit of work's
/// transaction, the plan's lookups, the bulk writer, nothing twice for the same file, and one audit entry for the file
/// (name, rows, SHA-256) when it is stored.</summary>
internal sealed class ProgressSession : IAsyncDisposable
{
    private readonly BulkWriter? _bulk;
    private readonly ProgressCommands? _commands;
    private readonly int _planId;
    private readonly string _key;

    private ProgressSession(ProgressPlan plan, int planId, string key, BulkWriter? bulk, ProgressCommands? commands, ProgressWriter? writer)
    {
        (Plan, _planId, _key, _bulk, _commands, Writer) = (plan, planId, key, bulk, commands, writer);
    }

    /// <summary>The plan the file is checked against.</summary>
    public ProgressPlan Plan { get; }

    /// <summary>Where the values go; null when the file was imported before.</summary>
    public ProgressWriter? Writer { get; }

    /// <summary>True when the same file was imported into the plan before: it adds nothing.</summary>
    public bool AlreadyImported => Writer is null;

    /// <summary>The session, or the problem (a plan that is not there).</summary>
    public static async Task<(ProgressSession? Session, Problem? Problem)> OpenAsync(
        LedgerDbContext db, StoreSession session, int planId, string sha, CancellationToken ct)
    {
        if (await ProgressLookups.LoadAsync(db, planId, ct).ConfigureAwait(false) is not { } plan)
        {
            return (null, new Problem(Catalogue.Progress.MissingPlan(planId)));
        }

        var key = $"{planId}/{sha}";
        if (await db.AuditEntries.AnyAsync(a => a.Entity == AuditEntities.ProgressFile && a.EntityKey == key, ct).ConfigureAwait(false))
        {
            return (new ProgressSession(plan, planId, key, null, null, null), null);
        }

        var bulk = await BulkWriter.OpenAsync(db, ct).ConfigureAwait(false);
        var commands = await ProgressCommands.PrepareAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), ct)
            .ConfigureAwait(false);
        return (new ProgressSession(plan, planId, key, bulk, commands, new ProgressWriter(bulk, commands, plan, session.Now)), null);
    }

    /// <summary>Writes the last batch and records the file in the audit trail.</summary>
    public async Task FinishAsync(LedgerDbContext db, StoreSession session, string file, string sha, long rows, CancellationToken ct)
    {
        await Writer!.FlushAsync(ct).ConfigureAwait(false);
        AuditLog.Add(db, session, "progress.import", AuditEntities.ProgressFile, _key, null,
            new { File = file, PlanId = _planId, Rows = rows, Reports = Writer.Reports, Sha256 = sha });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_commands is not null)
        {
            await _commands.DisposeAsync().ConfigureAwait(false);
        }

        if (_bulk is not null)
        {
            await _bulk.DisposeAsync().ConfigureAwait(false);
        }
    }
}
