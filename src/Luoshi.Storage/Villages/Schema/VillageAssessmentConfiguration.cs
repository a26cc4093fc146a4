using Luoshi.Domain.Units;
using Luoshi.Domain.Villages;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Villages.Schema;

/// <summary>village_assessments: one per village and year; the results as JSON, the computed score and tier as columns
/// the tallies read.</summary>
internal sealed class VillageAssessmentConfiguration : IEntityTypeConfiguration<VillageAssessment>
{
    public void Configure(EntityTypeBuilder<VillageAssessment> builder)
    {
        builder.ToTable("village_assessments");
        builder.HasIndex(a => new { a.VillageId, a.Year }).IsUnique();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.VillageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AssessmentStandard>().WithMany().HasForeignKey(a => a.StandardId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Score).HasPrecision(18, 4);
        builder.Property(a => a.Results).HasJsonConversion();
    }
}
