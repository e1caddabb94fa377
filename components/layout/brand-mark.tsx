/** The app icon's bridge (app/icon.svg), drawn inline so it needs no request. */
export function BrandMark({ className = "size-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden className={`shrink-0 ${className}`}>
      <rect width="32" height="32" rx="7" fill="#1f57d1" />
      <g fill="none" stroke="#fff" strokeLinecap="round">
        <path d="M6.5 21.5c2.2-6.6 5.6-10 9.5-10s7.3 3.4 9.5 10" strokeWidth="2.4" />
        <path d="M4.5 21.5h23" strokeWidth="2.6" />
        <path d="M11 21.5v-5.6M16 21.5v-9M21 21.5v-5.6" strokeWidth="1.8" strokeLinecap="butt" />
      </g>
    </svg>
  );
}
