// node-wpapi against Akhbar's WordPress routes, on the project's WXR fixture (run.sh imports it first).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import WPAPI from 'wpapi';

const endpoint = process.env.AKHBAR_WP_ENDPOINT;
assert.ok(endpoint, 'AKHBAR_WP_ENDPOINT (…/wp-json) is not set');
const wp = new WPAPI({ endpoint });

const SEED_SLUG = 'تفاصيل-جديدة-تكشف-لأول-مرة-حول-الساعات-الأخيرة-لبشار-الأسد';

test('lists the published posts with WordPress paging', async () => {
    const posts = await wp.posts().perPage(10).get();
    assert.equal(posts.length, 10);
    assert.equal(posts._paging.total, 26);
    assert.equal(posts._paging.totalPages, 3);
    assert.ok(posts.every((p) => p.status === 'publish'));
    assert.ok(posts.every((p) => typeof p.title.rendered === 'string' && p.link.startsWith('http')));
});

test('follows its own next-page helper to the end without repeating a post', async () => {
    const seen = new Set();
    let page = await wp.posts().perPage(10).get();
    let pages = 1;
    for (;;) {
        page.forEach((p) => seen.add(p.id));
        if (!page._paging.next) break;
        page = await page._paging.next.get();
        pages += 1;
    }
    assert.equal(pages, 3);
    assert.equal(seen.size, 26);
    const back = await wp.posts().perPage(10).page(2).get();
    assert.ok(back._paging.prev, 'page 2 links back to page 1');
});

test('fetches a post by its WordPress id', async () => {
    const post = await wp.posts().id(1041).get();
    assert.equal(post.id, 1041);
    assert.equal(post.slug, SEED_SLUG);
    assert.match(post.content.rendered, /Reuters contributed/);
});

test('fetches a post by its Arabic slug', async () => {
    const posts = await wp.posts().slug(SEED_SLUG).get();
    assert.equal(posts.length, 1);
    assert.equal(posts[0].id, 1041);
});

test('embeds the author and the terms', async () => {
    const post = await wp.posts().id(1041).embed().get();
    assert.equal(post._embedded.author[0].name, 'رامي فاخوري');
    const [categories, tags] = post._embedded['wp:term'];
    assert.ok(categories.every((t) => t.taxonomy === 'category'));
    assert.ok(tags.some((t) => t.name === 'موسكو'));
});

test('filters by category and by tag', async () => {
    const categories = await wp.categories().perPage(100).get();
    const economy = categories.find((c) => c.slug === 'economy');
    assert.ok(economy, 'the economy category is listed');
    const inEconomy = await wp.posts().categories(economy.id).perPage(100).get();
    assert.ok(inEconomy.length > 0);
    assert.ok(inEconomy.every((p) => p.categories.includes(economy.id)));

    const tags = await wp.tags().search('موسكو').get();
    assert.equal(tags.length, 1);
    const tagged = await wp.posts().tags(tags[0].id).perPage(100).get();
    assert.ok(tagged.some((p) => p.id === 1041));
    assert.ok(tagged.every((p) => p.tags.includes(tags[0].id)));
});

test('leaves out an excluded category', async () => {
    const categories = await wp.categories().perPage(100).get();
    const economy = categories.find((c) => c.slug === 'economy');
    const others = await wp.posts().excludeCategories(economy.id).perPage(100).get();
    assert.ok(others.length > 0);
    assert.ok(others.every((p) => !p.categories.includes(economy.id)));
});

test('searches in Arabic', async () => {
    const found = await wp.posts().search('الأسد').get();
    assert.ok(found.some((p) => p.id === 1041));
});

test('reads only the fields asked for', async () => {
    const posts = await wp.posts().perPage(2).param('_fields', 'id,title').get();
    assert.deepEqual(Object.keys(posts[0]).sort(), ['id', 'title']);
});

test('lists approved comments without emails, and posts a new one', async () => {
    const comments = await wp.comments().forPost(1041).get();
    assert.ok(comments.length > 0);
    assert.ok(comments.every((c) => !('author_email' in c)));

    const created = await wp.comments().create({
        post: 1041,
        author_name: 'قارئ من حمص',
        author_email: 'reader@example.com',
        content: 'تقرير مهم، شكراً.',
    });
    assert.equal(created.post, 1041);
    assert.equal(created.author_name, 'قارئ من حمص');
    assert.ok(!JSON.stringify(created).includes('reader@example.com'));
});

test('gets WordPress error codes', async () => {
    await assert.rejects(wp.posts().id(1201).get(), (e) => e.code === 'rest_post_invalid_id' && e.data.status === 404);
    await assert.rejects(
        wp.comments().create({ post: 1041, author_name: 'قارئ', content: 'بلا بريد' }),
        (e) => e.code === 'rest_comment_author_data_required',
    );
});
