using Luoshi.Domain.Units;
using Luoshi.Domain.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Villages.Schema;

/// <summary>village_profiles: one row per village unit, keyed by the unit's id.</summary>
internal sealed class VillageProfileConfiguration : IEntityTypeConfiguration<VillageProfile>
{
    public void Configure(EntityTypeBuilder<VillageProfile> builder)
    {
        builder.ToTable("village_profiles");
        builder.HasKey(p => p.VillageId);
        builder.Property(p => p.VillageId).ValueGeneratedNever();
        builder.HasOne<OrgUnit>().WithOne().HasForeignKey<VillageProfile>(p => p.VillageId).OnDelete(DeleteBehavior.Cascade);
    }
}
