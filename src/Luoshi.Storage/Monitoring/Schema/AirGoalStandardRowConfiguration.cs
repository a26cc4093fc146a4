using Luoshi.Domain.Plans;
using Luoshi.Storage.Monitoring.Air;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Monitoring.Schema;

/// <summary>air_goal_standards: one row per plan whose air goals the office has said were written under a version.</summary>
internal sealed class AirGoalStandardRowConfiguration : IEntityTypeConfiguration<AirGoalStandardRow>
{
    public void Configure(EntityTypeBuilder<AirGoalStandardRow> builder)
    {
        builder.ToTable("air_goal_standards");
        builder.HasKey(r => r.PlanId);
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
