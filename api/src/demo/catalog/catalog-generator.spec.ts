import { planCatalog } from './catalog-generator';

describe('demo catalog plan', () => {
  it('is the same for the same seed', () => {
    expect(planCatalog(30)).toEqual(planCatalog(30));
  });

  it('makes unique handles and SKUs, and coherent variants', () => {
    const products = planCatalog(400);
    expect(new Set(products.map((p) => p.handle)).size).toBe(400);
    const skus = products.flatMap((p) => p.variants.map((v) => v.sku));
    expect(new Set(skus).size).toBe(skus.length);
    for (const product of products) {
      expect(product.variants.length).toBeGreaterThan(0);
      for (const variant of product.variants) {
        for (const option of product.options) expect(option.values).toContain(variant.options[option.name]);
        expect(Number.isInteger(variant.price)).toBe(true);
      }
    }
  });

  it('gives every product the same number of variants when asked (benchmarks)', () => {
    const products = planCatalog(50, { variantsEach: 4 });
    expect(products.every((p) => p.variants.length === 4)).toBe(true);
  });

  it('spreads over every category with some scarce and some sold-out variants', () => {
    const products = planCatalog(200);
    expect(new Set(products.map((p) => p.category)).size).toBe(14);
    const variants = products.flatMap((p) => p.variants);
    expect(variants.some((v) => v.stock['WH-NL'] === 0 && !v.allowBackorder)).toBe(true);
    expect(variants.some((v) => v.allowBackorder && v.backorderExpectedAt)).toBe(true);
    expect(variants.some((v) => v.stock['WH-NL'] > 0 && v.stock['WH-NL'] <= 3)).toBe(true);
  });
});
