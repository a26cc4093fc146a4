using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Schema.Configurations;

/// <summary>progress_reports: one per task and period; the version is the concurrency token; a task with reports
/// cannot be deleted (restrict), so a plan replacement never drops reported work silently.</summary>
internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("progress_reports");
        builder.HasIndex(r => new { r.TaskId, r.Period }).IsUnique();
        builder.Property(r => r.State).HasConversion<string>();
        builder.Property(r => r.Evidence).HasJsonConversion();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Values).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
