/** What the demo store sells: its category tree, and how each kind of product is named, sized and priced. */
export type Silhouette =
  | 'sweater'
  | 'tshirt'
  | 'shirt'
  | 'trousers'
  | 'jacket'
  | 'dress'
  | 'shoe'
  | 'boot'
  | 'bag'
  | 'hat'
  | 'sock'
  | 'blanket'
  | 'mug'
  | 'candle';

export interface LeafPlan {
  handle: string;
  name: string;
  parent: string;
  silhouette: Silhouette;
  items: string[];
  materials: string[];
  adjectives: string[];
  sizes: string[] | null;
  colours: number;
  price: [number, number];
  weight: [number, number];
  description: string;
}

export const TOP_CATEGORIES = [
  { handle: 'clothing', name: 'Clothing', description: 'Everyday clothing made to last.' },
  { handle: 'footwear', name: 'Footwear', description: 'Shoes and boots for city and trail.' },
  { handle: 'accessories', name: 'Accessories', description: 'The finishing touches.' },
  { handle: 'home', name: 'Home', description: 'Things that make a house feel like home.' },
];

const APPAREL = ['XS', 'S', 'M', 'L', 'XL'];
const SHOES = ['38', '39', '40', '41', '42', '43', '44', '45'];

export const LEAVES: LeafPlan[] = [
  {
    handle: 'knitwear',
    name: 'Knitwear',
    parent: 'clothing',
    silhouette: 'sweater',
    items: ['Crew Sweater', 'V-Neck Sweater', 'Cardigan', 'Roll-Neck Jumper', 'Knit Vest'],
    materials: ['Merino', 'Cashmere', 'Lambswool', 'Cotton', 'Alpaca'],
    adjectives: ['Classic', 'Relaxed', 'Chunky', 'Fine', 'Ribbed'],
    sizes: APPAREL,
    colours: 3,
    price: [6900, 19900],
    weight: [300, 700],
    description: 'Knitted from soft, long-staple fibres for warmth without bulk.',
  },
  {
    handle: 't-shirts',
    name: 'T-shirts & Tops',
    parent: 'clothing',
    silhouette: 'tshirt',
    items: ['T-Shirt', 'Long-Sleeve Tee', 'Tank Top', 'Pocket Tee', 'Henley'],
    materials: ['Organic Cotton', 'Linen', 'Slub Cotton', 'Pima Cotton'],
    adjectives: ['Essential', 'Heavyweight', 'Everyday', 'Garment-Dyed', 'Boxy'],
    sizes: APPAREL,
    colours: 3,
    price: [1900, 4900],
    weight: [150, 280],
    description: 'A wardrobe staple in breathable fabric that softens with every wash.',
  },
  {
    handle: 'shirts',
    name: 'Shirts',
    parent: 'clothing',
    silhouette: 'shirt',
    items: ['Oxford Shirt', 'Flannel Shirt', 'Overshirt', 'Poplin Shirt', 'Camp Collar Shirt'],
    materials: ['Cotton', 'Linen', 'Brushed Cotton', 'Chambray'],
    adjectives: ['Tailored', 'Relaxed', 'Washed', 'Classic'],
    sizes: APPAREL,
    colours: 2,
    price: [4900, 9900],
    weight: [250, 450],
    description: 'Cut for comfort, finished with care: reinforced seams and corozo buttons.',
  },
  {
    handle: 'trousers',
    name: 'Trousers',
    parent: 'clothing',
    silhouette: 'trousers',
    items: ['Chinos', 'Wide-Leg Trousers', 'Cargo Pants', 'Pleated Trousers', 'Joggers'],
    materials: ['Cotton Twill', 'Wool', 'Corduroy', 'Linen'],
    adjectives: ['Slim', 'Straight', 'Relaxed', 'Tapered'],
    sizes: APPAREL,
    colours: 2,
    price: [5900, 12900],
    weight: [400, 800],
    description: 'Trousers with a little stretch and a lot of pockets.',
  },
  {
    handle: 'outerwear',
    name: 'Outerwear',
    parent: 'clothing',
    silhouette: 'jacket',
    items: ['Down Jacket', 'Rain Coat', 'Chore Jacket', 'Wool Overcoat', 'Fleece Jacket'],
    materials: ['Recycled Nylon', 'Waxed Cotton', 'Wool Blend', 'Ripstop'],
    adjectives: ['Quilted', 'Packable', 'Hooded', 'Insulated', 'Lightweight'],
    sizes: APPAREL,
    colours: 2,
    price: [9900, 29900],
    weight: [600, 1600],
    description: 'Made for weather: windproof, water-repellent and warm where it counts.',
  },
  {
    handle: 'dresses',
    name: 'Dresses',
    parent: 'clothing',
    silhouette: 'dress',
    items: ['Wrap Dress', 'Shirt Dress', 'Slip Dress', 'Midi Dress', 'Knit Dress'],
    materials: ['Viscose', 'Linen', 'Silk', 'Cotton Poplin'],
    adjectives: ['Flowing', 'Tiered', 'Belted', 'Pleated'],
    sizes: APPAREL,
    colours: 2,
    price: [6900, 15900],
    weight: [250, 500],
    description: 'An easy dress that goes from office to evening.',
  },
  {
    handle: 'sneakers',
    name: 'Sneakers',
    parent: 'footwear',
    silhouette: 'shoe',
    items: ['Low Sneakers', 'High-Top Sneakers', 'Runners', 'Court Sneakers', 'Slip-Ons'],
    materials: ['Canvas', 'Leather', 'Suede', 'Knit'],
    adjectives: ['Classic', 'Retro', 'Minimal', 'Everyday'],
    sizes: SHOES,
    colours: 2,
    price: [5900, 14900],
    weight: [700, 1100],
    description: 'Cushioned insoles and natural rubber soles for all-day comfort.',
  },
  {
    handle: 'boots',
    name: 'Boots',
    parent: 'footwear',
    silhouette: 'boot',
    items: ['Chelsea Boots', 'Hiking Boots', 'Lace-Up Boots', 'Desert Boots'],
    materials: ['Leather', 'Suede', 'Waxed Leather'],
    adjectives: ['Rugged', 'Classic', 'Waterproof', 'Lined'],
    sizes: SHOES,
    colours: 2,
    price: [12900, 24900],
    weight: [1100, 1800],
    description: 'Goodyear-welted boots that can be resoled for years of wear.',
  },
  {
    handle: 'bags',
    name: 'Bags',
    parent: 'accessories',
    silhouette: 'bag',
    items: ['Tote Bag', 'Backpack', 'Crossbody Bag', 'Weekender', 'Laptop Sleeve'],
    materials: ['Leather', 'Canvas', 'Recycled Nylon', 'Waxed Canvas'],
    adjectives: ['Everyday', 'Roll-Top', 'Structured', 'Foldable'],
    sizes: null,
    colours: 3,
    price: [3900, 19900],
    weight: [300, 1400],
    description: 'Room for everything, with a padded pocket for your laptop.',
  },
  {
    handle: 'hats-scarves',
    name: 'Hats & Scarves',
    parent: 'accessories',
    silhouette: 'hat',
    items: ['Beanie', 'Scarf', 'Bucket Hat', 'Cap', 'Snood'],
    materials: ['Merino', 'Cashmere', 'Cotton', 'Wool'],
    adjectives: ['Ribbed', 'Chunky', 'Fine-Knit', 'Classic'],
    sizes: null,
    colours: 3,
    price: [1900, 8900],
    weight: [80, 250],
    description: 'Soft against the skin and warm on the coldest days.',
  },
  {
    handle: 'socks',
    name: 'Socks',
    parent: 'accessories',
    silhouette: 'sock',
    items: ['Crew Socks', 'Hiking Socks', 'Ankle Socks', 'Boot Socks'],
    materials: ['Merino', 'Organic Cotton', 'Wool Blend'],
    adjectives: ['Cushioned', 'Striped', 'Everyday', 'Thermal'],
    sizes: ['35-38', '39-42', '43-46'],
    colours: 2,
    price: [900, 2400],
    weight: [60, 120],
    description: 'Reinforced heels and toes, and a seamless toe that never rubs.',
  },
  {
    handle: 'throws',
    name: 'Blankets & Throws',
    parent: 'home',
    silhouette: 'blanket',
    items: ['Throw', 'Blanket', 'Picnic Blanket', 'Bed Throw'],
    materials: ['Wool', 'Cotton', 'Linen', 'Mohair'],
    adjectives: ['Herringbone', 'Waffle', 'Checked', 'Fringed'],
    sizes: null,
    colours: 2,
    price: [4900, 18900],
    weight: [800, 2200],
    description: 'Woven on traditional looms for a throw that lasts generations.',
  },
  {
    handle: 'ceramics',
    name: 'Mugs & Ceramics',
    parent: 'home',
    silhouette: 'mug',
    items: ['Mug', 'Bowl Set', 'Plate Set', 'Vase', 'Espresso Cups'],
    materials: ['Stoneware', 'Porcelain', 'Earthenware'],
    adjectives: ['Speckled', 'Glazed', 'Hand-Thrown', 'Matte'],
    sizes: null,
    colours: 2,
    price: [1400, 7900],
    weight: [300, 2000],
    description: 'Dishwasher safe and made in a small family studio.',
  },
  {
    handle: 'candles',
    name: 'Candles',
    parent: 'home',
    silhouette: 'candle',
    items: ['Candle', 'Tealight Set', 'Travel Candle', 'Pillar Candle'],
    materials: ['Soy Wax', 'Beeswax', 'Rapeseed Wax'],
    adjectives: ['Cedar', 'Fig', 'Sea Salt', 'Amber', 'Linen'],
    sizes: null,
    colours: 1,
    price: [1200, 4900],
    weight: [200, 700],
    description: 'Clean-burning natural wax with a cotton wick, poured by hand.',
  },
];

export const COLOURS: { name: string; hue: number; saturation: number; lightness: number }[] = [
  { name: 'Navy', hue: 220, saturation: 45, lightness: 30 },
  { name: 'Charcoal', hue: 210, saturation: 8, lightness: 30 },
  { name: 'Oatmeal', hue: 38, saturation: 30, lightness: 75 },
  { name: 'Forest', hue: 150, saturation: 35, lightness: 28 },
  { name: 'Rust', hue: 18, saturation: 60, lightness: 45 },
  { name: 'Sky', hue: 200, saturation: 55, lightness: 65 },
  { name: 'Black', hue: 0, saturation: 0, lightness: 15 },
  { name: 'Cream', hue: 45, saturation: 40, lightness: 88 },
  { name: 'Olive', hue: 75, saturation: 30, lightness: 38 },
  { name: 'Burgundy', hue: 345, saturation: 50, lightness: 30 },
];
