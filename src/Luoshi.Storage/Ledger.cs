using Luoshi.Domain.Access;
using Luoshi.Domain.Audit;
using Luoshi.Domain.Households;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Units;
using Luoshi.Storage.Access;
using Luoshi.Storage.Assignments;
using Luoshi.Storage.Attachments;
using Luoshi.Storage.Audit;
using Luoshi.Domain.Reading;
using Luoshi.Storage.Reading;
using Luoshi.Storage.Reading.Facts;
using Luoshi.Storage.Households.Import;
using Luoshi.Storage.Households.Monitoring;
using Luoshi.Storage.Households.Reading;
using Luoshi.Storage.Households.Warnings;
using Luoshi.Storage.Indicators;
using Luoshi.Storage.Plans;
using Luoshi.Storage.ProgressImport;
using Luoshi.Storage.Reminders;
using Luoshi.Storage.Reports;
using Luoshi.Storage.Units;
using Luoshi.Storage.Villages;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage;

/// <summary>The ledger (台账) of plans, units, assignments, progress reports and the audit trail, over SQLite or
/// PostgreSQL. Every write is one transaction with its audit entries; a user's mistake comes back as an error.</summary>
public sealed partial class Ledger : IAsyncDisposable
{
    private readonly StoreSession _session;

    // A ledger made by ForActor shares the connections of the one it came from and leaves closing them to it.
    private readonly bool _ownsConnections;

    private Ledger(StoreSession session, bool ownsConnections) => (_session, _ownsConnections) = (session, ownsConnections);

    /// <summary>Opens the ledger as <paramref name="actor"/>, migrating the database to the latest schema when it is
    /// behind (a SQLite file is created on first use). A schema already up to date is only read, so the application's
    /// PostgreSQL role, which may not change the schema (docs/operations.md), opens it too. <paramref name="time"/>
    /// stamps the audit trail; the system clock by default.</summary>
    public static async Task<Ledger> OpenAsync(StoreOptions options, string actor, TimeProvider? time = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var session = new StoreSession(options, actor, time ?? TimeProvider.System);
        await using (var db = session.NewContext())
        {
            if ((await db.Database.GetPendingMigrationsAsync(ct).ConfigureAwait(false)).Any())
            {
                await db.Database.MigrateAsync(ct).ConfigureAwait(false);
            }
        }

        return new Ledger(session, ownsConnections: true);
    }

    /// <summary>Migrates the database of <paramref name="options"/> up (or down) to <paramref name="migration"/> (its
    /// name, e.g. "Reminders"), for upgrade tests and operators who step through a release; OpenAsync goes to the latest.</summary>
    public static async Task MigrateToAsync(StoreOptions options, string migration, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var session = new StoreSession(options, "migration", TimeProvider.System);
        await using var db = session.NewContext();
        var full = db.Database.GetMigrations().Single(m => m.EndsWith("_" + migration, StringComparison.Ordinal));
        await Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>(db)
            .MigrateAsync(full, ct).ConfigureAwait(false);
    }

    /// <summary>Stores a parsed plan: Created, Unchanged (same report text), Refused (changed text without
    /// <paramref name="replace"/>, or tasks with reports that would vanish) or Replaced in place, keeping ids.</summary>
    public Task<PlanImportResult> ImportPlanAsync(Plan plan, bool replace, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return ImportAndMatchAsync(plan, replace, ct);
    }

    // After a plan is stored or replaced, its targets are matched to the region's earlier year by the rule, as
    // suggestions for the office (docs/closing.md, "Across years").
    private async Task<PlanImportResult> ImportAndMatchAsync(Plan plan, bool replace, CancellationToken ct)
    {
        var result = await PlanImport.RunAsync(_session, plan, replace, ct).ConfigureAwait(false);
        if (result.Outcome is PlanImportOutcome.Created or PlanImportOutcome.Replaced)
        {
            await Years.SuggestAsync(result.PlanId, ct).ConfigureAwait(false);
            if ((await ListPlansAsync(ct).ConfigureAwait(false)).FirstOrDefault(p => p.Region == plan.Region && p.Year == plan.Year + 1) is { } next)
            {
                await Years.SuggestAsync(next.Id, ct).ConfigureAwait(false);
            }
        }

        return result;
    }

    /// <summary>The plan of a region and year with its sections, tasks and targets in report order, or null.</summary>
    public Task<Plan?> FindPlanAsync(string region, int year, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => PlanQueries.LoadAsync(db, region, year, tracking: false, token), ct);

    /// <summary>All plans, without their sections and tasks.</summary>
    public async Task<IReadOnlyList<Plan>> ListPlansAsync(CancellationToken ct = default) =>
        await _session.ReadAsync(PlanQueries.ListAsync, ct).ConfigureAwait(false);

    /// <summary>The plan with <paramref name="planId"/> with its sections, tasks and targets, or null. Kept from the last
    /// read while its revision stands (<see cref="Reading.ReadingCache"/>): shared, not to be changed by the caller.</summary>
    public async Task<Plan?> FindPlanAsync(int planId, CancellationToken ct = default) =>
        (await _session.ReadAsync((db, token) => _session.Reading.PlansAsync(db, planId, token), ct).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>Imports units from a CSV file (code,name,kind,parent,aliases): all or nothing, every error located.</summary>
    public Task<CsvImportResult> ImportUnitsAsync(string csvPath, IProgress<long>? rowsRead = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        return UnitImport.RunAsync(_session, csvPath, rowsRead, ct);
    }

    /// <summary>The supervision of tasks: 交办, 签收, milestones, 办结 and 销号, extensions and supervision notices.</summary>
    public Lifecycle.LifecycleLedger Lifecycle => new(_session);

    /// <summary>The one working-day calendar: holidays and adjusted working weekends as data, every "N 个工作日" rule's.</summary>
    public Calendar.CalendarLedger Calendar => new(_session);
    /// <summary>Reminders that reach people: rules, contacts, deliveries, the log and the inboxes.</summary>
    public ReminderLedger Reminders => new(_session);

    /// <summary>The year-end closing (年底交账): accounts, review, corrections.</summary>
    public Closing.ClosingLedger Closing => new(_session);

    /// <summary>The lead units' self-assessments (自评) and the office's review of them.</summary>
    public SelfAssessments.SelfAssessmentLedger SelfAssessments => new(_session);

    /// <summary>Promises across years: carry-over (结转) and targets matched to earlier years' (docs/closing.md).</summary>
    public Years.YearsLedger Years => new(_session);

    /// <summary>The village registers: villages, assessments, sewage facilities, collective income and their tallies.</summary>
    public VillageLedger Villages => new(_session);

    /// <summary>All units, by code.</summary>
    public async Task<IReadOnlyList<OrgUnit>> ListUnitsAsync(CancellationToken ct = default) =>
        await _session.ReadAsync((db, token) => db.Units.AsNoTracking().OrderBy(u => u.Code).ToListAsync(token), ct).ConfigureAwait(false);

    /// <summary>Changes a task's units, leader or deadline (units by name or alias) and confirms its units.</summary>
    public Task<StoreResult> AssignAsync(int planId, string taskCode, Assignment change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return TaskAssignment.RunAsync(_session, planId, taskCode, change, ct);
    }

    /// <summary>Creates a task's report for a period as a draft (<paramref name="expectedVersion"/> null), or changes
    /// a draft or returned report on the version the caller read; an older version is a conflict.</summary>
    public Task<StoreResult<ProgressReport>> SaveReportAsync(ReportDraft draft, int? expectedVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return ReportSaving.RunAsync(_session, draft, expectedVersion, ct);
    }

    /// <summary>Submits, approves or returns (with a reason) a report, on the version the caller read.</summary>
    public Task<StoreResult<ProgressReport>> TransitionAsync(
        int reportId, ReportAction action, string? reason, int expectedVersion, CancellationToken ct = default) =>
        ReportTransition.RunAsync(_session, reportId, action, reason, expectedVersion, ct);

    /// <summary>Imports a progress CSV into a plan in one transaction, committed only when every line is right (all
    /// problems are listed); the same file again adds nothing.</summary>
    public Task<CsvImportResult> ImportProgressAsync(int planId, string csvPath, IProgress<long>? rowsRead = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csvPath);
        return ProgressFileImport.RunAsync(_session, planId, csvPath, rowsRead, ct);
    }

    /// <summary>Stores the reports of one filled-in file (an offline template) in one transaction, as drafts or
    /// submitted: all of them, or none with the first problem; the same file again adds nothing.</summary>
    public Task<CsvImportResult> ImportReportsAsync(int planId, ReportBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return ReportBatchImport.RunAsync(_session, planId, batch, ct);
    }

    /// <summary>The plan as of <paramref name="asOf"/>: every task and target with its figures and status, the
    /// standings and, with <paramref name="parts"/>, what the sent reports said — the one reading every output renders;
    /// null when there is no such plan.</summary>
    public async Task<PlanReading?> ReadPlanAsync(int planId, DateOnly asOf, ReadingParts parts = ReadingParts.Figures, CancellationToken ct = default) =>
        (await _session.ReadAsync((db, token) => PlanFactsQuery.ReadAsync(db, planId, asOf, parts, token, _session.Reading), ct).ConfigureAwait(false))
        .SingleOrDefault();

    /// <summary>Rebuilds the projections reading relies on (task_facts) from the reports themselves, audited: for a
    /// ledger restored from an older backup or mended by hand in SQL. Every write keeps them current otherwise.</summary>
    public Task<StoreResult> RebuildProjectionsAsync(CancellationToken ct = default) =>
        _session.WriteAsync(
            async (db, token) =>
            {
                await db.Database.ExecuteSqlRawAsync(TaskFactsSql.Rewrite(_session.Options.Provider, "task_id IN (SELECT id FROM tasks)"), token)
                    .ConfigureAwait(false);
                AuditLog.Add(db, _session, "ledger.rebuild-projections", AuditEntities.Ledger, "task_facts", null, null);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return StoreResult.Ok;
            },
            result => result.Succeeded,
            ct);

    /// <summary>Every plan of the ledger as of <paramref name="asOf"/>, by year and region, figures only unless
    /// <paramref name="parts"/> asks for more.</summary>
    public Task<IReadOnlyList<PlanReading>> ReadPlansAsync(DateOnly asOf, ReadingParts parts = ReadingParts.Figures, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => PlanFactsQuery.ReadAsync(db, null, asOf, parts, token, _session.Reading), ct);

    /// <summary>The full name of the unit called <paramref name="nameOrAlias"/> (人社局 → 四会市人力资源和社会保障局), or
    /// null when no unit is called that.</summary>
    public Task<string?> FindUnitNameAsync(string nameOrAlias, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        return _session.ReadAsync(
            async (db, token) => new UnitNames(await db.Units.AsNoTracking().ToListAsync(token).ConfigureAwait(false)).Find(nameOrAlias), ct);
    }

    /// <summary>Changes when a plan's units report or where its lights change; the frequency only while no report is in.</summary>
    public Task<StoreResult> UpdatePlanAsync(int planId, PlanChange change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return PlanUpdate.RunAsync(_session, planId, change, ct);
    }

    /// <summary>Binds a target to a computed indicator (its value then follows the data), or with null back to reports.</summary>
    public Task<StoreResult> BindTargetAsync(int planId, string targetCode, IndicatorBinding? binding, CancellationToken ct = default) =>
        TargetBinding.RunAsync(_session, planId, targetCode, binding, ct);

    /// <summary>The computed indicators a target can be bound to.</summary>
    public static IReadOnlyList<IndicatorInfo> Indicators => [.. IndicatorSources.All.Select(s => s.Info)];

    /// <summary>Corrects a drafted target: its measure, comparator, values, baseline, deadline, trajectory or publication.</summary>
    public Task<StoreResult> UpdateTargetAsync(int planId, string targetCode, TargetChange change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return TargetUpdate.RunAsync(_session, planId, targetCode, change, ct);
    }

    /// <summary>One report with its values, or null.</summary>
    public Task<ProgressReport?> FindReportAsync(int reportId, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => ReportQueries.FindAsync(db, reportId, token), ct);

    /// <summary>A plan's reports in period order, optionally in one state (the review queue) or of one unit (name or alias).</summary>
    public Task<IReadOnlyList<ReportSummary>> ListReportsAsync(int planId, ReportState? state = null, string? unit = null, CancellationToken ct = default) =>
        _session.ReadAsync(
            async (db, token) =>
            {
                var name = await UnitResolution.ResolveAsync(db, unit, token).ConfigureAwait(false);
                return await ReportQueries.ListAsync(db, planId, state, name, token).ConfigureAwait(false);
            },
            ct);

    /// <summary>Every report of a plan, in any state, with its values (by target id) and narrative, in period order:
    /// what a ledger workbook (台账) lays out, in two queries whatever the plan's size.</summary>
    public Task<IReadOnlyList<ProgressReport>> ListReportsWithValuesAsync(int planId, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => ReportQueries.ListWithValuesAsync(db, planId, token), ct);

    /// <summary>The latest audit entries, newest first, optionally of one entity kind (plan, task, unit, report, progress-file).</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(int limit = 100, string? entity = null, CancellationToken ct = default) =>
        await _session.ReadAsync((db, token) => AuditQuery.ListAsync(db, limit, entity, token), ct).ConfigureAwait(false);

    /// <summary>Every change to one entity (e.g. "report", "17"), newest first: a record's history as the audit trail has it.</summary>
    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(string entity, string key, CancellationToken ct = default) =>
        await _session.ReadAsync((db, token) => AuditQuery.OfAsync(db, entity, key, token), ct).ConfigureAwait(false);

    /// <summary>The same ledger (database and clock, no migration) acting, and audited, as <paramref name="actor"/>: a
    /// web request acts as its signed-in person. Disposing it leaves the connections to the ledger it came from.</summary>
    public Ledger ForActor(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return new Ledger(_session.WithActor(actor), ownsConnections: false);
    }

    /// <summary>As <see cref="ForActor(string)"/>, dated by <paramref name="time"/>: a demo replays a year of supervision
    /// on the days it happened.</summary>
    public Ledger ForActor(string actor, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(time);
        return new Ledger(_session.WithActor(actor, time), ownsConnections: false);
    }

    /// <summary>Imports a household file (CSV or an .xlsx workbook, told apart by content) into the return-to-poverty
    /// monitoring register: all rows or none, every problem located; a household already in the register (by its
    /// head's identity number) is updated, never doubled.</summary>
    public Task<HouseholdImportResult> ImportHouseholdsAsync(string path, IProgress<long>? rowsRead = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return HouseholdImport.RunAsync(_session, path, rowsRead, ct);
    }

    /// <summary>Sets a year's monitoring income line (audited) and flags the households of that year now under it;
    /// the result is how many were flagged.</summary>
    public Task<StoreResult<int>> SetIncomeLineAsync(int year, decimal amount, CancellationToken ct = default) =>
        IncomeLines.SetAsync(_session, year, amount, ct);

    /// <summary>The income lines, by year.</summary>
    public Task<IReadOnlyList<IncomeLine>> ListIncomeLinesAsync(CancellationToken ct = default) =>
        _session.ReadAsync<IReadOnlyList<IncomeLine>>(
            async (db, token) => await db.IncomeLines.AsNoTracking().OrderBy(l => l.Year).ToListAsync(token).ConfigureAwait(false), ct);

    /// <summary>The office's monitoring rules (the default until set).</summary>
    public Task<MonitoringRules> MonitoringRulesAsync(CancellationToken ct = default) => _session.ReadAsync(RulesSetting.ReadAsync, ct);

    /// <summary>Sets the office's monitoring rules, audited.</summary>
    public Task<StoreResult> SetMonitoringRulesAsync(MonitoringRules rules, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return RulesSetting.SetAsync(_session, rules, ct);
    }

    /// <summary>Records a monitoring step (hardship, identification, dismissal, measure, elimination) on the household
    /// with that number or head's identity number, if the state machine allows it; audited without personal data.</summary>
    public Task<StoreResult> RecordHouseholdStepAsync(string household, HouseholdStep step, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(step);
        return HouseholdStepping.RunAsync(_session, household, step, ct);
    }

    /// <summary>One page of the households <paramref name="viewer"/> may see, names and identity numbers masked.</summary>
    public Task<StoreResult<HouseholdPage>> ListHouseholdsAsync(
        HouseholdViewer viewer, HouseholdFilter? filter = null, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return _session.ReadAsync((db, token) => HouseholdQueries.ListAsync(db, viewer, filter ?? new HouseholdFilter(), page, pageSize, token), ct);
    }

    /// <summary>A household's detail as <paramref name="viewer"/> may see it; every view is recorded in the audit
    /// trail (who, when, which household). Outside the viewer's area a household is "not found".</summary>
    public Task<StoreResult<HouseholdDetail>> ViewHouseholdAsync(HouseholdViewer viewer, string household, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(household);
        return HouseholdView.RunAsync(_session, viewer, household, ct);
    }

    /// <summary>The register's warnings as of a day, by town and village, within the viewer's area.</summary>
    public Task<HouseholdWarnings> HouseholdWarningsAsync(HouseholdViewer viewer, DateOnly asOf, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return _session.ReadAsync((db, token) => WarningsReport.ReadAsync(db, viewer, asOf, token), ct);
    }

    /// <summary>The id of the newest audit entry, 0 when there is none. Every change writes an audit entry, so a
    /// cache keyed on this number is fresh while it stays the same; reading it is one lookup of the primary key.</summary>
    public Task<long> ChangeStampAsync(CancellationToken ct = default) =>
        _session.ReadAsync(
            async (db, token) => await db.AuditEntries.MaxAsync(a => (long?)a.Id, token).ConfigureAwait(false) ?? 0L,
            ct);

    /// <summary>Creates an account; the unit by name or alias, only for a unit reporter. Mistakes name their field.</summary>
    public Task<StoreResult<Account>> CreateAccountAsync(NewAccount account, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        return AccountCreation.RunAsync(_session, account, ct);
    }

    /// <summary>The account with <paramref name="login"/> (in any case), or null.</summary>
    public Task<Account?> FindAccountAsync(string login, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => AccessQueries.FindAsync(db, login, token), ct);

    /// <summary>All accounts, by login.</summary>
    public Task<IReadOnlyList<Account>> ListAccountsAsync(CancellationToken ct = default) =>
        _session.ReadAsync(AccessQueries.ListAsync, ct);

    /// <summary>Gives an account a new password, which also lifts its lockouts; the trail says only that it changed.</summary>
    public Task<StoreResult> SetPasswordAsync(string login, string password, CancellationToken ct = default) =>
        AccountChanges.SetPasswordAsync(_session, login, password, ct);

    /// <summary>Disables an account (it can no longer sign in, nor can its tokens act) or enables it again.</summary>
    public Task<StoreResult> SetAccountDisabledAsync(string login, bool disabled, CancellationToken ct = default) =>
        AccountChanges.SetDisabledAsync(_session, login, disabled, ct);

    /// <summary>Checks a login and password from no particular address (the command line); see the overload.</summary>
    public Task<SignInResult> SignInAsync(string login, string password, CancellationToken ct = default) =>
        SignInAsync(login, password, null, ct);

    /// <summary>Checks a login and password from client <paramref name="address"/>, counting failures of that login from
    /// that address towards a lockout there; every attempt is audited.</summary>
    public Task<SignInResult> SignInAsync(string login, string password, string? address, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(password);
        return SignIn.RunAsync(_session, login, password, address, ct);
    }

    /// <summary>The logins locked from some address now, by login and address.</summary>
    public Task<IReadOnlyList<SignInLock>> ListSignInLocksAsync(CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => AccessQueries.LocksAsync(db, _session.Now, token), ct);

    /// <summary>Lifts every lockout of an account and clears its failure counts (audited as account.unlock).</summary>
    public Task<StoreResult> UnlockAccountAsync(string login, CancellationToken ct = default) =>
        AccountChanges.UnlockAsync(_session, login, ct);

    /// <summary>Issues a token acting as the account, optionally expiring; its secret is in the result and nowhere else.</summary>
    public Task<StoreResult<IssuedApiToken>> CreateApiTokenAsync(string login, string name, DateTimeOffset? expiresAt, CancellationToken ct = default) =>
        ApiTokenIssue.CreateAsync(_session, login, name, expiresAt, ct);

    /// <summary>The account a valid token acts as and when the token expires; null when unknown, revoked, expired or disabled.</summary>
    public Task<ApiTokenGrant?> FindApiTokenAsync(string secret, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return _session.ReadAsync((db, token) => AccessQueries.FindGrantAsync(db, secret, _session.Now, token), ct);
    }

    /// <summary>The account a token secret acts as; null when the secret is unknown, revoked or expired, or the
    /// account is disabled.</summary>
    public Task<Account?> FindAccountByApiTokenAsync(string secret, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return _session.ReadAsync((db, token) => AccessQueries.FindByTokenAsync(db, secret, _session.Now, token), ct);
    }

    /// <summary>The tokens of one account (any case), or of all accounts, by id; never their secrets.</summary>
    public Task<IReadOnlyList<ApiToken>> ListApiTokensAsync(string? login = null, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => AccessQueries.ListTokensAsync(db, login, token), ct);

    /// <summary>Revokes a token from now on.</summary>
    public Task<StoreResult> RevokeApiTokenAsync(int tokenId, CancellationToken ct = default) =>
        ApiTokenIssue.RevokeAsync(_session, tokenId, ct);

    /// <summary>Records a reminder (催办) to a unit (by name or alias) about a task's report for a period of the plan.</summary>
    public Task<StoreResult<Reminder>> RemindAsync(int planId, string taskCode, int period, string unit, string? note, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(taskCode);
        return ReminderSending.RunAsync(_session, planId, taskCode, period, unit, note, ct);
    }

    /// <summary>A plan's reminders, oldest first.</summary>
    public Task<IReadOnlyList<Reminder>> ListRemindersAsync(int planId, CancellationToken ct = default) =>
        _session.ReadAsync<IReadOnlyList<Reminder>>(
            async (db, token) => await db.Reminders.AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Id)
                .ToListAsync(token).ConfigureAwait(false),
            ct);

    /// <summary>Attaches a file to a report while it is a draft or returned.</summary>
    public Task<StoreResult<Attachment>> AddAttachmentAsync(int reportId, string fileName, string contentType, byte[] content, CancellationToken ct = default) =>
        AttachmentUpload.RunAsync(_session, reportId, fileName, contentType, content, ct);

    /// <summary>The files of a report, oldest first, without their content.</summary>
    public Task<IReadOnlyList<Attachment>> ListAttachmentsAsync(int reportId, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => AttachmentQueries.ListAsync(db, reportId, token), ct);

    /// <summary>One file with its content, or null.</summary>
    public Task<(Attachment Attachment, byte[] Content)?> FindAttachmentAsync(int attachmentId, CancellationToken ct = default) =>
        _session.ReadAsync((db, token) => AttachmentQueries.FindAsync(db, attachmentId, token), ct);

    /// <summary>Closes the ledger's pooled connections, so that its SQLite file can be moved or deleted.</summary>
    public ValueTask DisposeAsync()
    {
        if (_ownsConnections)
        {
            ConnectionPools.Clear(_session.Options);
        }

        return ValueTask.CompletedTask;
    }
}
