import { Layout } from './layout.tsx';

export function ErrorPage(p: { status: number; message: string }) {
  return (
    <Layout title={`Error ${p.status} — Undersigned`}>
      <h1>{p.status === 404 ? 'Not found' : p.status === 403 ? 'Not allowed' : 'Something went wrong'}</h1>
      <p>{p.message}</p>
      <p>
        <a href="/">Back to the start page</a>
      </p>
    </Layout>
  );
}
