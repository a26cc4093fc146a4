using Luoshi.Storage.Closing.Schema;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.SelfAssessments.Schema;

/// <summary>self_assessments: one per plan and unit, only once the plan's closing is open (it hangs on plan_closings).</summary>
internal sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessmentRow>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentRow> builder)
    {
        builder.ToTable("self_assessments");
        builder.HasIndex(r => new { r.PlanId, r.Unit }).IsUnique();
        builder.Property(r => r.Unit).HasMaxLength(200);
        builder.Property(r => r.State).HasConversion<string>();
        builder.Property(r => r.TaskPoints).HasJsonConversion();
        builder.Property(r => r.Claims).HasJsonConversion();
        builder.Property(r => r.Adjustments).HasJsonConversion();
        builder.Property(r => r.Corrections).HasJsonConversion();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<PlanClosingRow>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}
