using Luoshi.Domain.Access;
using Luoshi.Domain.Audit;
using Luoshi.Domain.Households;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Luoshi.Domain.Units;
using Luoshi.Domain.Villages;
using Luoshi.Storage.Attachments;
using Luoshi.Storage.Monitoring.Air;
using Luoshi.Storage.Monitoring.Sections;
using Luoshi.Storage.Monitoring.Stations;
using Luoshi.Storage.Monitoring.Water;
using Luoshi.Storage.Households.Schema;
using Luoshi.Storage.Reminders.Schema;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Schema;

/// <summary>The ledger's model, shared by both providers; each provider's subclass carries its own migrations.</summary>
public abstract class LedgerDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Plans with their sections and tasks.</summary>
    public DbSet<Plan> Plans => Set<Plan>();

    /// <summary>Sections of all plans.</summary>
    public DbSet<Section> Sections => Set<Section>();

    /// <summary>Tasks of all plans.</summary>
    public DbSet<PlanTask> Tasks => Set<PlanTask>();

    /// <summary>Targets of all tasks.</summary>
    public DbSet<Target> Targets => Set<Target>();

    /// <summary>Departments and area units.</summary>
    public DbSet<OrgUnit> Units => Set<OrgUnit>();

    /// <summary>Progress reports with their values.</summary>
    public DbSet<ProgressReport> Reports => Set<ProgressReport>();

    /// <summary>Supporting units' contributions.</summary>
    public DbSet<Contribution> Contributions => Set<Contribution>();

    /// <summary>Values of progress reports.</summary>
    public DbSet<ProgressValue> Values => Set<ProgressValue>();

    /// <summary>The append-only audit trail.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>People who sign in.</summary>
    public DbSet<Account> Accounts => Set<Account>();

    /// <summary>Tokens scripts use instead of a password.</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    internal DbSet<Access.SignInFailure> SignInFailures => Set<Access.SignInFailure>();

    /// <summary>Reminders (催办) sent to units.</summary>
    public DbSet<Reminder> Reminders => Set<Reminder>();

    /// <summary>The metadata of files attached to reports.</summary>
    public DbSet<Attachment> Attachments => Set<Attachment>();

    internal DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();

    /// <summary>Air monitoring stations the office registers.</summary>
    public DbSet<AirStation> AirStations => Set<AirStation>();

    /// <summary>Water monitoring sections (断面) the office registers.</summary>
    public DbSet<WaterSectionSite> WaterSections => Set<WaterSectionSite>();

    internal DbSet<AirHourRow> AirHours => Set<AirHourRow>();

    internal DbSet<AirDayRow> AirDays => Set<AirDayRow>();

    internal DbSet<WaterSampleRow> WaterSamples => Set<WaterSampleRow>();

    internal DbSet<AirAreaClassRow> AirAreaClasses => Set<AirAreaClassRow>();

    internal DbSet<AirGoalStandardRow> AirGoalStandards => Set<AirGoalStandardRow>();
    /// <summary>Register attributes of villages (households, population).</summary>
    public DbSet<VillageProfile> VillageProfiles => Set<VillageProfile>();

    /// <summary>Village assessment standards (criteria and tiers).</summary>
    public DbSet<AssessmentStandard> AssessmentStandards => Set<AssessmentStandard>();

    /// <summary>Village assessments per year, with their computed tiers.</summary>
    public DbSet<VillageAssessment> VillageAssessments => Set<VillageAssessment>();

    /// <summary>Village sewage facility findings by date.</summary>
    public DbSet<SewageStatus> SewageStatuses => Set<SewageStatus>();

    /// <summary>Village collective operating income per year.</summary>
    public DbSet<CollectiveIncome> CollectiveIncomes => Set<CollectiveIncome>();

    /// <summary>The office's collective income line per year.</summary>
    public DbSet<IncomeThreshold> IncomeThresholds => Set<IncomeThreshold>();
    /// <summary>The return-to-poverty monitoring register.</summary>
    public DbSet<Household> Households => Set<Household>();

    /// <summary>Households' per-capita net incomes by year.</summary>
    public DbSet<HouseholdIncome> HouseholdIncomes => Set<HouseholdIncome>();

    /// <summary>The monitoring income line of each year.</summary>
    public DbSet<IncomeLine> IncomeLines => Set<IncomeLine>();

    /// <summary>Assistance measures given to monitored households.</summary>
    public DbSet<AssistanceMeasure> AssistanceMeasures => Set<AssistanceMeasure>();

    internal DbSet<MonitoringSettings> MonitoringSettings => Set<MonitoringSettings>();

    internal DbSet<Lifecycle.Schema.TaskLifecycleRow> TaskLifecycles => Set<Lifecycle.Schema.TaskLifecycleRow>();

    internal DbSet<Lifecycle.Schema.MilestoneRow> Milestones => Set<Lifecycle.Schema.MilestoneRow>();

    internal DbSet<Lifecycle.Schema.ExtensionRow> Extensions => Set<Lifecycle.Schema.ExtensionRow>();

    internal DbSet<Lifecycle.Schema.NoticeRow> Notices => Set<Lifecycle.Schema.NoticeRow>();

    internal DbSet<Lifecycle.Schema.SupervisionItemRow> SupervisionItems => Set<Lifecycle.Schema.SupervisionItemRow>();

    internal DbSet<Lifecycle.Schema.LifecycleSettingsRow> LifecycleSettings => Set<Lifecycle.Schema.LifecycleSettingsRow>();

    internal DbSet<Lifecycle.Schema.HolidayYearRow> HolidayYears => Set<Lifecycle.Schema.HolidayYearRow>();
    internal DbSet<Closing.Schema.PlanClosingRow> PlanClosings => Set<Closing.Schema.PlanClosingRow>();

    internal DbSet<Closing.Schema.ClosingAccountRow> ClosingAccounts => Set<Closing.Schema.ClosingAccountRow>();

    internal DbSet<Closing.Schema.ClosingCorrectionRow> ClosingCorrections => Set<Closing.Schema.ClosingCorrectionRow>();

    internal DbSet<SelfAssessments.Schema.SelfAssessmentRow> SelfAssessments => Set<SelfAssessments.Schema.SelfAssessmentRow>();

    internal DbSet<Years.Schema.CarryOverRow> CarryOvers => Set<Years.Schema.CarryOverRow>();

    internal DbSet<Years.Schema.TargetLinkRow> TargetLinks => Set<Years.Schema.TargetLinkRow>();

    internal DbSet<ContactRow> ReminderContacts => Set<ContactRow>();

    internal DbSet<ReminderSettingsRow> ReminderSettings => Set<ReminderSettingsRow>();

    /// <summary>Reminders to people over each channel, stored before they are sent.</summary>
    public DbSet<Luoshi.Storage.Reminders.Delivery> Deliveries => Set<Luoshi.Storage.Reminders.Delivery>();

    /// <summary>Every try of a delivery.</summary>
    public DbSet<Luoshi.Storage.Reminders.DeliveryAttempt> DeliveryAttempts => Set<Luoshi.Storage.Reminders.DeliveryAttempt>();

    internal DbSet<InboxReadRow> InboxReads => Set<InboxReadRow>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LedgerDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }

    /// <inheritdoc/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ReportVersions.Advance(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc/>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ReportVersions.Advance(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
