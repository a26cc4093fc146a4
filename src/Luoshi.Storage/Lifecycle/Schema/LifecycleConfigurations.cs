using Luoshi.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Lifecycle.Schema;

/// <summary>task_lifecycles: keyed by task; a task under supervision cannot be deleted (a plan replacement that drops
/// it is refused first).</summary>
internal sealed class TaskLifecycleConfiguration : IEntityTypeConfiguration<TaskLifecycleRow>
{
    public void Configure(EntityTypeBuilder<TaskLifecycleRow> builder)
    {
        builder.ToTable("task_lifecycles");
        builder.HasKey(r => r.TaskId);
        builder.Property(r => r.TaskId).ValueGeneratedNever();
        builder.Property(r => r.Stage).HasConversion<string>();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<PlanTask>().WithOne().HasForeignKey<TaskLifecycleRow>(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>milestones: by task and number.</summary>
internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<MilestoneRow>
{
    public void Configure(EntityTypeBuilder<MilestoneRow> builder)
    {
        builder.ToTable("milestones");
        builder.HasIndex(r => new { r.TaskId, r.Number }).IsUnique();
        builder.Property(r => r.State).HasConversion<string>();
        builder.HasOne<TaskLifecycleRow>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>extension_requests: by task.</summary>
internal sealed class ExtensionConfiguration : IEntityTypeConfiguration<ExtensionRow>
{
    public void Configure(EntityTypeBuilder<ExtensionRow> builder)
    {
        builder.ToTable("extension_requests");
        builder.HasIndex(r => r.TaskId);
        builder.Property(r => r.State).HasConversion<string>();
        builder.HasOne<TaskLifecycleRow>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>supervision_notices: numbered per year.</summary>
internal sealed class NoticeConfiguration : IEntityTypeConfiguration<NoticeRow>
{
    public void Configure(EntityTypeBuilder<NoticeRow> builder)
    {
        builder.ToTable("supervision_notices");
        builder.HasIndex(r => r.TaskId);
        builder.HasIndex(r => new { r.Year, r.Sequence }).IsUnique();
        builder.Property(r => r.Severity).HasConversion<string>();
        builder.HasOne<TaskLifecycleRow>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>supervision_items: the number is unique, and so is (year, source, sequence).</summary>
internal sealed class SupervisionItemConfiguration : IEntityTypeConfiguration<SupervisionItemRow>
{
    public void Configure(EntityTypeBuilder<SupervisionItemRow> builder)
    {
        builder.ToTable("supervision_items");
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasIndex(r => new { r.Year, r.Source, r.Sequence }).IsUnique();
        builder.Property(r => r.Source).HasConversion<string>();
        builder.Property(r => r.Stage).HasConversion<string>();
        builder.Property(r => r.Satisfaction).HasConversion<string>();
    }
}

/// <summary>lifecycle_settings and holiday_years.</summary>
internal sealed class LifecycleSettingsConfiguration : IEntityTypeConfiguration<LifecycleSettingsRow>, IEntityTypeConfiguration<HolidayYearRow>
{
    public void Configure(EntityTypeBuilder<LifecycleSettingsRow> builder)
    {
        builder.ToTable("lifecycle_settings");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<HolidayYearRow> builder)
    {
        builder.ToTable("holiday_years");
        builder.HasKey(r => r.Year);
        builder.Property(r => r.Year).ValueGeneratedNever();
    }
}
