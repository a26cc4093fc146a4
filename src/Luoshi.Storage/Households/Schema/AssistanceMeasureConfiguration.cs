using Luoshi.Domain.Households;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Households.Schema;

/// <summary>assistance_measures: by household.</summary>
internal sealed class AssistanceMeasureConfiguration : IEntityTypeConfiguration<AssistanceMeasure>
{
    public void Configure(EntityTypeBuilder<AssistanceMeasure> builder)
    {
        builder.ToTable("assistance_measures");
        builder.HasIndex(m => m.HouseholdId);
        builder.HasOne<Household>().WithMany().HasForeignKey(m => m.HouseholdId).OnDelete(DeleteBehavior.Cascade);
    }
}
