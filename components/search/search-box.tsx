import { inputClasses } from "@/components/ui/field";

/** The header's search box: a plain GET form to /search, no client JavaScript. */
export function SearchBox({ defaultValue }: { defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className="w-full max-w-56">
      <label htmlFor="site-search" className="sr-only">
        Search
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        required
        maxLength={200}
        defaultValue={defaultValue}
        placeholder="Search…"
        autoComplete="off"
        className={`${inputClasses} py-1.5`}
      />
    </form>
  );
}
