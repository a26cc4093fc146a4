using Luoshi.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Reading.Facts;

/// <summary>task_facts: keyed by task, read by plan; gone with its task.</summary>
internal sealed class TaskFactsRowConfiguration : IEntityTypeConfiguration<TaskFactsRow>
{
    public void Configure(EntityTypeBuilder<TaskFactsRow> builder)
    {
        builder.ToTable("task_facts");
        builder.HasKey(f => f.TaskId);
        builder.Property(f => f.TaskId).ValueGeneratedNever();
        builder.HasIndex(f => f.PlanId);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
