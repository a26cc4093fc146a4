using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Schema.Configurations;

/// <summary>contributions: one per task, period and supporting unit, apart from progress_reports so that a
/// supporting unit never takes the place of the lead unit's report; a task with contributions cannot be deleted.</summary>
internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> builder)
    {
        builder.ToTable("contributions");
        builder.HasIndex(c => new { c.TaskId, c.Period, c.Unit }).IsUnique();
        builder.Property(c => c.Evidence).HasJsonConversion();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}
